//! Any bytes as a clinic configuration: never a panic, always a usable clinic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use massage_guide::clinic::{check_url, Clinic};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (clinic, _problems) = Clinic::from_json(&text);
    // Whatever came in, what goes out is safe to put in a page.
    assert!(clinic.phone.e164.starts_with('+'));
    assert!(clinic.emergency_number.bytes().all(|b| b.is_ascii_digit()));
    for url in clinic.articles.iter().filter_map(|a| a.url.as_deref()).chain(clinic.booking_url.as_deref()) {
        assert!(check_url(url).is_ok(), "unsafe URL accepted: {url:?}");
        assert!(!url.to_ascii_lowercase().contains("javascript:"));
    }
});
