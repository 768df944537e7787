//! `VIGIE_SCREENSHOT=path.png`: once the app has settled, save a screenshot of the window to
//! that path and close it — even with a dialog open or unsaved changes (nothing is asked). Used
//! to look at the app headless (under Xvfb) and in CI.

use egui::{ColorImage, ViewportCommand};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Frames to wait before shooting, so that fonts and layouts have settled.
const SETTLE_FRAMES: u32 = 10;

/// A pending screenshot.
pub struct ScreenshotRequest {
    path: PathBuf,
    frames: u32,
    sent: bool,
    /// Set once the image was written (or failed): the window must close.
    done: Arc<AtomicBool>,
}

impl ScreenshotRequest {
    /// The request named by `VIGIE_SCREENSHOT`, if set.
    pub fn from_env() -> Option<ScreenshotRequest> {
        let path = std::env::var_os("VIGIE_SCREENSHOT")?;
        Some(ScreenshotRequest::to(PathBuf::from(path)))
    }

    /// A screenshot to save to `path`.
    pub fn to(path: PathBuf) -> ScreenshotRequest {
        ScreenshotRequest {
            path,
            frames: 0,
            sent: false,
            done: Arc::default(),
        }
    }

    /// True once the screenshot was taken: the app closes the window without asking.
    pub fn finished(&self) -> bool {
        self.done.load(Ordering::SeqCst)
    }

    /// Called once per frame: asks for the screenshot after a few frames.
    pub fn tick(&mut self, ctx: &egui::Context) {
        self.frames += 1;
        if self.sent {
            return;
        }
        if self.frames < SETTLE_FRAMES {
            ctx.request_repaint();
            return;
        }
        self.sent = true;
        let path = self.path.clone();
        let close = ctx.clone();
        let done = self.done.clone();
        ctx.request_screenshot(move |image| {
            match save_png(&image, &path) {
                Ok(()) => eprintln!("screenshot saved to {}", path.display()),
                Err(e) => eprintln!("screenshot failed: {e:#}"),
            }
            done.store(true, Ordering::SeqCst);
            close.send_viewport_cmd(ViewportCommand::Close);
            close.request_repaint();
        });
        ctx.request_repaint();
    }
}

fn save_png(image: &Arc<ColorImage>, path: &std::path::Path) -> anyhow::Result<()> {
    let [w, h] = image.size;
    let bytes: Vec<u8> = image.pixels.iter().flat_map(|c| c.to_array()).collect();
    let buf = image::RgbaImage::from_raw(w as u32, h as u32, bytes)
        .ok_or_else(|| anyhow::anyhow!("bad image size {w}x{h}"))?;
    let mut png = std::io::Cursor::new(Vec::new());
    buf.write_to(&mut png, image::ImageFormat::Png)?;
    crate::atomic_file::write(path, png.get_ref())?;
    Ok(())
}
