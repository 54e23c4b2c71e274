//! A `data-*` attribute of the page contract on an element, for a view:
//! `<span {..data(DATA_FIGURE, 3)}>`. (The view macro takes attribute names
//! as written; the contract's are spelled in `markup`.)

use crate::ui::markup::Name;
use leptos::attr::custom::{custom_attribute, CustomAttr};
use leptos::attr::AttributeValue;

pub fn data<V: AttributeValue>(name: Name, value: V) -> CustomAttr<&'static str, V> {
    custom_attribute(name.name, value)
}
