//! The WebAssembly entry: `mount_guide`, called by the `<massage-guide>` element's loader
//! (`assets/embed-loader.js`) for each guide on the page.

use massage_guide::ui::{App, AppProps};
use wasm_bindgen::prelude::*;

/// talc in place of Rust's default allocator (dlmalloc): smaller, and it coalesces freed blocks.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

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

/// Mount a guide into `root` (inside the element's shadow root). `options` is a plain object
/// from the loader: `config`, `configText`, `phone`, `hostPhone` (the number of the page's own `tel:` link
/// inside the element), `lang` (strings or absent), `taps` (the names of what was tapped
/// before the guide was ready, in order, between spaces: `Action::tapped_early`), `catalogues` (an object of
/// language code to `[catalogue URL, integrity]`), `debug` (boolean) and `storageKey` (string).
#[wasm_bindgen]
pub fn mount_guide(
    root: web_sys::Element,
    host: web_sys::HtmlElement,
    options: js_sys::Object,
) -> Guide {
    let text = |name: &str| {
        js_sys::Reflect::get(&options, &name.into())
            .ok()
            .and_then(|v| v.as_string())
            .map(yew::AttrValue::from)
    };
    let props = AppProps {
        config_url: text("config"),
        config_text: text("configText"),
        phone: text("phone"),
        host_phone: text("hostPhone"),
        host: Some(host.clone()),
        debug: js_sys::Reflect::get(&options, &"debug".into()).is_ok_and(|v| v.is_truthy()),
        storage_key: text("storageKey").unwrap_or_else(|| "massage-guide".into()),
        lang: text("lang"),
        // (The loader leaves it out when nothing was tapped.)
        early_taps: text("taps"),
        catalogues: js_sys::Reflect::get(&options, &"catalogues".into())
            .map(|urls| {
                massage_guide::i18n::Lang::ALL
                    .iter()
                    .filter_map(|lang| {
                        // `[address, integrity]`.
                        let file = js_sys::Reflect::get(&urls, &lang.code().into()).ok()?;
                        let part = |i: u32| js_sys::Reflect::get_u32(&file, i).ok()?.as_string();
                        Some((
                            *lang,
                            massage_guide::ui::CatalogueFile {
                                url: part(0)?.into(),
                                integrity: part(1).map(Into::into),
                            },
                        ))
                    })
                    .collect()
            })
            .unwrap_or_default(),
    };
    massage_guide::ui::crash::watch(&root, &host);
    Guide {
        app: Some(yew::Renderer::<App>::with_root_and_props(root, props).render()),
    }
}

fn main() {
    // Nothing to do at start: each <massage-guide> element mounts its own guide.
}
