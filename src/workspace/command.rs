//! Every command as plain data: what the views emit and [`Workspace::apply`] carries out
//! (`crate::workspace::Workspace`). No egui type here.

use crate::extract::EntityKind;
use crate::i18n::Lang;
use crate::project::{ChartSpec, ThemeId};
use crate::workspace::actor_form::ActorForm;
use crate::workspace::edit::Edit;
use crate::workspace::selection::Selection;
use std::ops::Range;
use std::path::PathBuf;

/// Everything the user can ask of the app.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Show article `i` of the list.
    Select(usize),
    /// Switch between the light and dark themes.
    SetTheme(Theme),
    /// Switch the language of the interface.
    SetLang(Lang),
    /// Replace the text selection (`None` clears it).
    SetSelection(Option<Selection>),
    /// Copy chars `range` of article `article` to the clipboard, alone or with its source.
    Copy {
        article: usize,
        range: Range<usize>,
        cite: bool,
    },
    /// Show or hide the highlights of one entity kind.
    ToggleKind(EntityKind),
    /// Show or hide the figure highlights.
    ToggleFigures,
    /// Show or hide the coding stripes beside the reader's text.
    ToggleStripes,
    /// Open the panel of every mention of this canonical name.
    ShowMentions(String),
    CloseMentions,
    /// Open article `article`, bring its chars `range` into view and flash them.
    JumpTo {
        article: usize,
        range: Range<usize>,
    },
    /// Search the corpus for this text.
    SetQuery(String),
    /// Move to the next (or previous) search hit.
    SearchStep {
        forward: bool,
    },
    /// Change the project (themes, tags, corrections, lexicon): one undo step.
    Edit(Edit),
    Undo,
    Redo,
    /// Hide the status message.
    DismissStatus,
    /// Open the form that declares an actor.
    OpenActorForm(ActorForm),
    /// Replace what the actor form holds (what the analyst typed).
    EditActorForm(ActorForm),
    /// Declare the actor the form describes (one undoable edit) and close the form; it stays
    /// open while it names no actor.
    SubmitActorForm,
    CloseActorForm,
    /// Open the memo dialog of the project or a theme, of the article shown.
    OpenMemo(crate::workspace::edit::MemoTarget),
    OpenArticleMemo,
    /// Replace the memo dialog's draft.
    EditMemo(String),
    /// Save the draft as the memo (one undoable edit) and close the dialog.
    SubmitMemo,
    CloseMemo,
    /// Open the attributes dialog of the article shown (Edit ▸ Attributes).
    OpenAttributes,
    /// Replace the attributes dialog's rows of name and value.
    EditAttributes(Vec<(String, String)>),
    /// Save the rows as the article's attributes (one undoable edit) and close the dialog.
    SubmitAttributes,
    CloseAttributes,
    /// Open the auto-coding preview for these passages, pick its theme, place them, or close it.
    OpenAutoCode(crate::workspace::autocode::AutoSource),
    SetAutoCodeTheme(Option<ThemeId>),
    ConfirmAutoCode,
    CloseAutoCode,
    /// Open the coder-name dialog (Edit ▸ Coder name…).
    OpenCoderPrompt,
    /// Replace the coder-name dialog's draft.
    EditCoderPrompt(String),
    /// Make the draft the coder's name (one undoable edit) and close the dialog.
    SubmitCoderPrompt,
    CloseCoderPrompt,
    /// Show or hide the corrections and lexicon window.
    ToggleCorrections,
    /// Show the codebook, a theme's passages, a memo dialog.
    Codebook(CodebookCommand),
    /// Files and projects: new, open, save, import, recovery, quit.
    File(FileCommand),
    /// The Charts view.
    Charts(ChartsCommand),
}

/// The light or dark look of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

/// What the views ask of the codebook (with its state, in `workspace::codebook`).
pub use crate::workspace::codebook::CodebookCommand;

/// What the Charts view asks.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartsCommand {
    /// Show the charts (true) or the reader (false) in the centre.
    Show(bool),
    /// Replace the chart being edited.
    SetSpec(Box<ChartSpec>),
    /// Select the bar of this actor (`None` clears).
    SelectBar(Option<String>),
    /// Chart over time by month or quarter (`None`: one bar per actor).
    SetBy(Option<crate::chart::timeline::Period>),
    /// Who backs whom (true) or the chart of the spec (false).
    SetFlows(bool),
    /// Edit the saved chart of this name.
    Load(String),
    /// Pick a claim to merge claim `n` of the chart with (`None` closes the list).
    PickMerge(Option<usize>),
    /// Filter the claims offered for a merge by this text.
    SetMergeFilter(String),
}

/// An export format of a chart (the one the command line uses too).
pub use crate::chart::export::Format as ChartFormat;

/// What File ▸ Export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    Qdpx,
    /// With the engine's actors as a code branch.
    QdpxActors,
    TagsCsv,
    TagsJson,
    FiguresCsv,
    FiguresJson,
    /// The codebook alone, in Taguette's CSV shape.
    CodebookCsv,
    /// The codebook alone, as a REFI-QDA `.qdc`.
    CodebookQdc,
    /// Every theme's passages and the co-occurrence tables, as a standalone HTML page.
    ReportHtml,
    /// The same report as Markdown.
    ReportMd,
}

impl ExportKind {
    pub const ALL: [ExportKind; 10] = [
        ExportKind::Qdpx,
        ExportKind::QdpxActors,
        ExportKind::TagsCsv,
        ExportKind::TagsJson,
        ExportKind::FiguresCsv,
        ExportKind::FiguresJson,
        ExportKind::CodebookCsv,
        ExportKind::CodebookQdc,
        ExportKind::ReportHtml,
        ExportKind::ReportMd,
    ];

    pub fn ext(self) -> &'static str {
        match self {
            ExportKind::Qdpx | ExportKind::QdpxActors => "qdpx",
            ExportKind::TagsCsv | ExportKind::FiguresCsv | ExportKind::CodebookCsv => "csv",
            ExportKind::CodebookQdc => "qdc",
            ExportKind::ReportHtml => "html",
            ExportKind::ReportMd => "md",
            ExportKind::TagsJson | ExportKind::FiguresJson => "json",
        }
    }
}

/// How the article list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// The project's order (order of addition).
    #[default]
    Added,
    /// Newest first; undated articles last.
    Date,
    Title,
}

/// What the analyst can ask of files and projects.
#[derive(Debug, Clone, PartialEq)]
pub enum FileCommand {
    /// A new, empty project (asks first when there are unsaved changes).
    New,
    /// Pick a project with the dialog, then open it.
    Open,
    /// Open this project file (asks first when there are unsaved changes).
    OpenPath(PathBuf),
    /// Open the backup of a project that would not open.
    OpenBackup {
        backup: PathBuf,
        original: PathBuf,
    },
    Save,
    /// Pick where to save with the dialog.
    SaveAs,
    SaveTo(PathBuf),
    AddFolder,
    AddFiles,
    /// Add these files and folders to the project (in the background).
    AddPaths(Vec<PathBuf>),
    /// Show the app's own file browser for this (pre-filled by the workspace).
    Browse(BrowseKind),
    CloseBrowser,
    CancelLoad,
    /// Answer to the recovery offer.
    Recover,
    DiscardRecovery,
    /// Answer to "unsaved changes".
    Confirm(Answer),
    /// Answer to "read the articles outside the project's folder?" (the project waiting in
    /// `Files::outside_consent` is then opened, with or without them).
    AllowOutside(bool),
    DismissOpenError,
    ToggleProblems,
    ClearProblems,
    /// Write the recovery file now (what the autosave timer does).
    Autosave,
    Quit,
    SetFilter(String),
    SetSort(Sort),
    /// Export the chart being edited: pick where with the dialog.
    ExportChart(ChartFormat),
    /// Export the chart being edited to this file.
    ExportChartTo(ChartFormat, PathBuf),
    /// File ▸ Export: pick where with the dialog.
    Export(ExportKind),
    ExportTo(ExportKind, PathBuf),
    /// File ▸ Import ▸ REFI-QDA: pick the file with the dialog.
    ImportQdpx,
    /// Import this `.qdpx`: asks which folder the new project goes in.
    ImportQdpxFrom(PathBuf),
    /// Import `archive` as a new project saved in `folder` (named after the archive, its
    /// sources in a folder named after it).
    ImportQdpxInto {
        archive: PathBuf,
        folder: PathBuf,
    },
    /// Close the window that says what an import took and left out.
    CloseImportReport,
    /// File ▸ Import ▸ Codebook: pick a Taguette CSV or a `.qdc` with the dialog.
    ImportCodebook,
    /// Add the themes of this codebook file to the project (one undoable edit).
    ImportCodebookFrom(PathBuf),
}

/// What the app's file browser is asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BrowseKind {
    /// A project to open.
    Open,
    /// Where to save the project.
    SaveTo,
    /// A folder of articles to add.
    Add,
    /// Article files to add.
    AddFiles,
    /// Where to export the chart being edited.
    ExportChart(ChartFormat),
    /// Where File ▸ Export writes.
    Export(ExportKind),
    /// The `.qdpx` to import.
    ImportQdpx,
    /// The codebook (`.csv`, `.qdc`) to import.
    ImportCodebook,
    /// The folder a `.qdpx` (this one) is imported into.
    QdpxFolder(PathBuf),
}

/// Answers to "save the unsaved changes first?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Save,
    DontSave,
    Cancel,
}
