//! jihua (计划): an offline work-plan planner.
//!
//! The crate is layered: `model` (the plan and its rules) is pure Rust and tested on
//! the host; `ui` renders what the pure layers compute and only builds for wasm32
//! (apart from its language catalogue, which is pure and host-tested too).

pub mod file;
pub mod model;
pub mod storage;
pub mod ui;
