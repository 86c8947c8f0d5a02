//! Shared test code.

pub mod repository;
