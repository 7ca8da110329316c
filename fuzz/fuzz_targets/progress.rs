//! Any bytes as saved progress: refused or read, never a panic; what is read saves back the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use massage_guide::state::{load_progress, save_progress};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(state) = load_progress(&text) {
        assert_eq!(load_progress(&save_progress(&state)), Ok(state));
    }
});
