//! The setup page's WebAssembly (`dist/setup/`): a clinic fills in its configuration and sees
//! the real guide beside the form. Its own build, so the guide's first load does not grow.

use massage_guide::setup::page::SetupPage;
use wasm_bindgen::JsCast;

fn main() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("setup"))
        .and_then(|e| e.dyn_into::<web_sys::Element>().ok());
    if let Some(root) = root {
        yew::Renderer::<SetupPage>::with_root(root).render();
    }
}
