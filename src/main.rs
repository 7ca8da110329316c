//! The standalone page: mounts the guide on the page's `#massage-guide` element.

fn main() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("massage-guide"));
    match root {
        Some(root) => {
            // The static shell (phone number, placeholder) is replaced by the live guide.
            root.set_inner_html("");
            let props = massage_guide::ui::AppProps {
                config_url: "clinic.json".into(),
            };
            yew::Renderer::<massage_guide::ui::App>::with_root_and_props(root, props).render();
        }
        None => {
            gloo::console::error!("massage-guide: no element with id \"massage-guide\" on the page")
        }
    }
}
