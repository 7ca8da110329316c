//! The WebAssembly entry: `mount_guide`, called by the `<massage-guide>` element's loader
//! (`assets/embed-loader.js`) for each guide on the page.

use massage_guide::ui::{App, AppProps};
use wasm_bindgen::prelude::*;

/// One mounted guide; the element calls `destroy` when it leaves the page.
#[wasm_bindgen]
pub struct Guide {
    app: Option<yew::AppHandle<App>>,
}

#[wasm_bindgen]
impl Guide {
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// Mount a guide into `root` (inside the element's shadow root).
#[wasm_bindgen]
pub fn mount_guide(
    root: web_sys::Element,
    host: web_sys::HtmlElement,
    config_url: Option<String>,
    phone: Option<String>,
    debug: bool,
    storage_key: String,
    lang: Option<String>,
) -> Guide {
    let props = AppProps {
        config_url: config_url.map(Into::into),
        phone: phone.map(Into::into),
        host: Some(host),
        debug,
        storage_key: storage_key.into(),
        lang: lang.map(Into::into),
    };
    massage_guide::ui::crash::watch(&root);
    Guide {
        app: Some(yew::Renderer::<App>::with_root_and_props(root, props).render()),
    }
}

fn main() {
    // Nothing to do at start: each <massage-guide> element mounts its own guide.
}
