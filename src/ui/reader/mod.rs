//! The reader screen: the article with its highlights, selection, search hits and tags
//! (`view`), its gestures (`input`), its right-click menu (`menu`, with `tag_menu` and
//! `correct_menu`), paragraph layouts and their cache (`layout`, `galleys`), what is painted
//! over the text (`overlay`, `tag_marks`), the coding stripes and memo marks beside and in it
//! (`stripes`), the hover cards (`hover`), the "tag with…" picker (`picker`) and the actor
//! filter of a figure's menu (`actor_pick`). `placed` holds what they share.

pub mod actor_pick;
pub mod correct_menu;
pub mod galleys;
pub mod hover;
pub mod input;
pub mod layout;
pub mod menu;
pub mod overlay;
pub mod picker;
pub mod placed;
pub mod stripes;
pub mod tag_marks;
pub mod tag_menu;
pub mod view;

pub use placed::ReaderView;
pub use view::{ReaderState, show};
