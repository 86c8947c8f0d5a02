// jihua's service worker: keeps the app's files so that it opens with no network.
// A template: the build step (jihua-pack) fills in the version and the files, and
// writes the result to dist/sw.js. Each build gets a cache of its own; the old ones
// are deleted when the new worker takes over, which it does when the page asks
// (the "update available — reload" notice) or when no page is open.
const CACHE = 'jihua-__JIHUA_VERSION__';
const FILES = ['__JIHUA_FILES__'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('jihua-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

// The app's own files come from the cache; a page (any path under the worker's
// scope) is the cached index.html; anything else goes to the network.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const kept = request.mode === 'navigate'
      ? await cache.match('./index.html')
      : await cache.match(request, { ignoreSearch: true });
    return kept || fetch(request);
  })());
});
