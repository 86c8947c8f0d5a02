//! jihua (计划): an offline work-plan planner.
//!
//! The crate is layered: `model` (the plan and its rules) is pure Rust and tested on
//! the host; `ui` renders what the pure layers compute and only builds for wasm32
//! (apart from its language catalogue, which is pure and host-tested too); `pack`
//! is the host-only build step after Trunk.

pub mod almanac;
pub mod calendar;
pub mod documents;
pub mod file;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod pack;
pub mod photos;
pub mod progress;
pub mod storage;
pub mod text;
pub mod timeline;
pub mod ui;
