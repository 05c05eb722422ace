//! A packet directory written whole or not at all, a crashed run's leftovers cleared
//! and foreign files refused, nothing outside it removed whatever its manifest says,
//! what a move into place failing part-way leaves and says, and file names that are
//! safe and distinct.

use super::dir::{PartWay, part_way};
use super::stem::unique;
use super::*;
use std::collections::HashSet;
use std::fs;

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn run(dir: &Path, ids: &[&str]) -> PacketSink {
    let mut sink = PacketSink::create(dir).unwrap();
    for id in ids {
        sink.write(&Packet::sample(id, &[])).unwrap();
    }
    sink
}

/// A directory is written whole or not at all: a run that fails half-way (the sink
/// dropped unfinished, as on a full disk) leaves the earlier run's packets.
#[test]
fn a_failed_run_leaves_the_directory_as_it_was() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("packets");
    assert_eq!(run(&dir, &["a", "b"]).finish().unwrap(), 2);
    let before = names(&dir);
    assert_eq!(
        before,
        [".handoff-packets", "a.json", "a.md", "b.json", "b.md"]
    );

    let failed = run(&dir, &["c"]);
    assert!(
        names(&dir).iter().any(|n| n.starts_with(STAGING_PREFIX)),
        "staged, not yet in place: {:?}",
        names(&dir)
    );
    drop(failed);
    assert_eq!(
        names(&dir),
        before,
        "nothing of the failed run, nothing lost"
    );

    assert_eq!(run(&dir, &["c"]).finish().unwrap(), 1);
    assert_eq!(names(&dir), [".handoff-packets", "c.json", "c.md"]);
    assert_eq!(
        fs::read_to_string(dir.join(MANIFEST)).unwrap(),
        "c.json\nc.md\n"
    );
}

/// A rerun writes only what changed: a file that would hold the same bytes stays as it
/// is (the same file, its time too), so a second run over ten thousand packets does not
/// make the file system remove and create twenty thousand files (on ext4 each new file
/// then searches past the ones just removed: a rerun took seven times the first run).
#[cfg(unix)]
#[test]
fn a_rerun_keeps_the_files_that_did_not_change() {
    use std::os::unix::fs::MetadataExt as _;
    let inode = |path: PathBuf| fs::metadata(path).unwrap().ino();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("packets");
    run(&dir, &["a", "b"]).finish().unwrap();
    let (a, b) = (inode(dir.join("a.json")), inode(dir.join("b.md")));

    assert_eq!(run(&dir, &["a", "b"]).finish().unwrap(), 2);
    assert_eq!(inode(dir.join("a.json")), a, "kept");
    assert_eq!(inode(dir.join("b.md")), b, "kept");
    assert_eq!(manifest(&dir), "a.json\na.md\nb.json\nb.md\n");

    // A packet that changed is written anew, one no longer made is removed.
    let mut sink = PacketSink::create(&dir).unwrap();
    sink.write(&Packet::sample("a", &[("tier", "gold")]))
        .unwrap();
    sink.write(&Packet::sample("c", &[])).unwrap();
    assert_eq!(sink.finish().unwrap(), 2);
    assert_ne!(inode(dir.join("a.json")), a, "changed, so written");
    assert_eq!(
        names(&dir),
        [".handoff-packets", "a.json", "a.md", "c.json", "c.md"]
    );
    assert_eq!(manifest(&dir), "a.json\na.md\nc.json\nc.md\n");
    let fresh = tmp.path().join("fresh");
    let mut sink = PacketSink::create(&fresh).unwrap();
    sink.write(&Packet::sample("a", &[("tier", "gold")]))
        .unwrap();
    sink.write(&Packet::sample("c", &[])).unwrap();
    sink.finish().unwrap();
    for name in ["a.json", "a.md", "c.json", "c.md"] {
        assert_eq!(
            fs::read(dir.join(name)).unwrap(),
            fs::read(fresh.join(name)).unwrap(),
            "{name}: as a first run writes it"
        );
    }

    // A file changed by hand since (the same length, or not) is written again.
    let json = fs::read(dir.join("c.json")).unwrap();
    let mut edited = json.clone();
    edited[5] = b'#';
    fs::write(dir.join("c.json"), &edited).unwrap();
    fs::write(dir.join("c.md"), "shorter").unwrap();
    run(&dir, &["c"]).finish().unwrap();
    assert_eq!(fs::read(dir.join("c.json")).unwrap(), json);
    assert_eq!(
        fs::read(dir.join("c.md")).unwrap(),
        fs::read(fresh.join("c.md")).unwrap()
    );

    // A failed rerun still leaves everything as it was, kept files and all.
    let before: Vec<Vec<u8>> = names(&dir)
        .iter()
        .map(|n| fs::read(dir.join(n)).unwrap())
        .collect();
    drop(run(&dir, &["c", "d"]));
    let after: Vec<Vec<u8>> = names(&dir)
        .iter()
        .map(|n| fs::read(dir.join(n)).unwrap())
        .collect();
    assert_eq!(before, after);
}

/// What a killed run leaves (its staging directory, a temporary manifest) is ours to
/// remove; anything else in the directory is refused, not cleared.
#[test]
fn a_crashed_runs_leftovers_are_removed_and_foreign_files_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("packets");
    run(&dir, &["a"]).finish().unwrap();
    // Above the largest process id Linux gives (2^22): a run that is gone.
    let crashed = dir.join(format!("{STAGING_PREFIX}99999999{STAGING_SUFFIX}"));
    fs::create_dir(&crashed).unwrap();
    fs::write(crashed.join("x.json"), "{}").unwrap();
    fs::write(dir.join("..handoff-packets.99999999.tmp"), "a.json\n").unwrap();
    fs::write(dir.join(".a.json.99999999.tmp"), "{").unwrap();
    run(&dir, &["b"]).finish().unwrap();
    assert_eq!(names(&dir), [".handoff-packets", "b.json", "b.md"]);

    fs::write(dir.join("notes.txt"), "mine").unwrap();
    let Err(e) = PacketSink::create(&dir) else {
        panic!("a foreign file is refused");
    };
    assert!(e.source.to_string().contains("`notes.txt`"), "{e:?}");
    assert!(dir.join("b.json").exists(), "and nothing was removed");
    fs::create_dir(dir.join(".handoff-packets.x.tmp")).unwrap();
    fs::remove_file(dir.join("notes.txt")).unwrap();
    assert!(
        PacketSink::create(&dir).is_err(),
        "a directory merely like a staging one is not ours"
    );
}

/// Two runs into one directory at the same instant both passed the check for a live
/// run's staging directory (neither had made its own yet) and mixed their packets. The
/// directory is locked first: the second run is refused while the first holds it, says
/// so, and leaves its files alone; once the first is done, the lock file is gone and the
/// next run goes ahead.
#[test]
fn a_second_run_into_a_directory_in_use_is_refused_and_said() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("packets");
    let first = run(&dir, &["a"]);
    let Err(e) = PacketSink::create(&dir) else {
        panic!("a directory in use is refused");
    };
    assert_eq!(e.source.kind(), io::ErrorKind::ResourceBusy);
    let text = e.source.to_string();
    let pid = std::process::id();
    assert!(
        text.contains(&format!(
            "another `replay --packets` run (process {pid}) is writing into this directory"
        )) && text.contains("wait for it to finish"),
        "{text}"
    );
    let staging = dir.join(format!("{STAGING_PREFIX}{pid}{STAGING_SUFFIX}"));
    assert!(staging.join("a.json").exists(), "its files are left alone");
    first.finish().unwrap();
    assert_eq!(names(&dir), [".handoff-packets", "a.json", "a.md"]);
    run(&dir, &["b"]).finish().unwrap();
    assert_eq!(names(&dir), [".handoff-packets", "b.json", "b.md"]);
}

/// A killed run's staging directory was taken for a live run's when the system had
/// given its process id to another process since (here 1, which always runs), and the
/// directory refused until it was removed by hand. The run that holds the lock knows no
/// other is writing: it clears it, and a killed run's lock file (left, no longer held)
/// is taken and removed in turn.
#[test]
fn a_killed_runs_leftovers_are_cleared_whatever_its_process_id() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("packets");
    run(&dir, &["a"]).finish().unwrap();
    let killed = dir.join(format!("{STAGING_PREFIX}1{STAGING_SUFFIX}"));
    fs::create_dir(&killed).unwrap();
    fs::write(killed.join("x.json"), "{}").unwrap();
    fs::write(dir.join(dir::LOCK), "1\n").unwrap();
    run(&dir, &["b"]).finish().unwrap();
    assert_eq!(names(&dir), [".handoff-packets", "b.json", "b.md"]);
}

/// The manifest is read from the directory, so anyone who can write there can edit it:
/// a name in it that is not a file of the directory (`../x`, an absolute path) is never
/// removed.
#[test]
fn a_manifest_naming_files_outside_the_directory_removes_nothing_there() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("packets");
    run(&dir, &["a"]).finish().unwrap();
    let outside = tmp.path().join("keep.txt");
    fs::write(&outside, "mine").unwrap();
    let listed = format!("a.json\na.md\n../keep.txt\n{}\n", outside.display());
    fs::write(dir.join(MANIFEST), listed).unwrap();
    run(&dir, &["b"]).finish().unwrap();
    assert_eq!(fs::read_to_string(&outside).unwrap(), "mine");
    assert_eq!(names(&dir), [".handoff-packets", "b.json", "b.md"]);
    assert_eq!(manifest(&dir), "b.json\nb.md\n");
}

/// The error and every cause under it, as the CLI prints them.
fn chain(e: &WriteError) -> String {
    let mut text = e.to_string();
    let mut cause = std::error::Error::source(e);
    while let Some(c) = cause {
        text = format!("{text}\n  caused by: {c}");
        cause = c.source();
    }
    text
}

fn manifest(dir: &Path) -> String {
    fs::read_to_string(dir.join(MANIFEST)).unwrap()
}

/// Something that is not a file where a packet file goes: no rename or removal moves a
/// file over it or removes it, whoever runs the tests (root too).
fn block(path: &Path) {
    fs::create_dir(path).unwrap();
    fs::write(path.join("keep"), "").unwrap();
}

/// Known problem: a run whose files failed to move into place part-way left the
/// directory changed, and the error said only that packets could not be written. It
/// now says what the directory holds (part of this run's packets, none of the earlier
/// run's: those are removed first, so the two runs never mix), and the manifest lists
/// both runs' files, so the next run clears them.
#[test]
fn a_move_into_place_failing_part_way_says_what_the_directory_holds() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("packets");
    run(&dir, &["a", "b"]).finish().unwrap();
    let staged = run(&dir, &["c", "d"]);
    block(&dir.join("d.json"));
    let e = staged.finish().unwrap_err();
    assert_eq!(e.path, dir);
    assert_eq!(
        chain(&e),
        format!(
            "cannot write packets to {dir}\n  caused by: moving this run's files into place failed at `d.json`, 2 of 4 moved: {dir} now holds part of this run's packets and none of the earlier run's that they replace (removed first), not one complete run; its manifest (.handoff-packets) lists both runs' files, so the next run clears them once what stopped this one is fixed\n  caused by: {cause}",
            dir = dir.display(),
            cause = e.source.get_ref().and_then(|c| c.source()).unwrap(),
        )
    );
    assert_eq!(
        names(&dir),
        [".handoff-packets", "c.json", "c.md", "d.json"],
        "the first two files moved, the staging directory gone, the earlier run's removed"
    );
    assert_eq!(
        manifest(&dir),
        "a.json\na.md\nb.json\nb.md\nc.json\nc.md\nd.json\nd.md\n"
    );
    // What stopped it is no file of ours: refused until it is gone.
    let Err(refused) = PacketSink::create(&dir) else {
        panic!("the blocking directory is not ours to remove");
    };
    assert!(
        refused.source.to_string().contains("`d.json`"),
        "{refused:?}"
    );
    fs::remove_dir_all(dir.join("d.json")).unwrap();
    assert_eq!(run(&dir, &["e"]).finish().unwrap(), 1);
    assert_eq!(names(&dir), [".handoff-packets", "e.json", "e.md"]);
    assert_eq!(manifest(&dir), "e.json\ne.md\n");
}

/// The same for removing the earlier run's files: part of it stays, none of this run's
/// is moved in, and the next run clears what is left.
#[test]
fn a_removal_failing_part_way_says_what_the_directory_holds() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("packets");
    run(&dir, &["a", "b"]).finish().unwrap();
    let staged = run(&dir, &["c"]);
    fs::remove_file(dir.join("b.json")).unwrap();
    block(&dir.join("b.json"));
    let e = staged.finish().unwrap_err();
    let text = chain(&e);
    assert!(
        text.contains(&format!(
            "removing the earlier run's files failed at `b.json`, 2 of 4 removed: {} now holds the rest of the earlier run's files and none of this run's new or changed ones; its manifest (.handoff-packets) lists both runs' files, so the next run clears them once what stopped this one is fixed",
            dir.display()
        )),
        "{text}"
    );
    assert_eq!(names(&dir), [".handoff-packets", "b.json", "b.md"]);
    assert_eq!(manifest(&dir), "a.json\na.md\nb.json\nb.md\nc.json\nc.md\n");
    fs::remove_dir_all(dir.join("b.json")).unwrap();
    assert_eq!(run(&dir, &["d"]).finish().unwrap(), 1);
    assert_eq!(names(&dir), [".handoff-packets", "d.json", "d.md"]);
}

/// The last step, rewriting the manifest, fails with every file in place: the error
/// says so, not that the packets could not be written.
#[test]
fn a_manifest_left_listing_both_runs_is_said_to_be_harmless() {
    let e = PartWay::Manifest {
        dir: PathBuf::from("out"),
        files: 4,
        source: io::Error::other("disk full"),
    };
    assert_eq!(
        e.to_string(),
        "this run's 4 files are all in place in out, but its manifest (.handoff-packets) could not be rewritten to list them alone: it still lists the earlier run's files too, which the next run clears with them"
    );
    assert_eq!(part_way(e).kind(), io::ErrorKind::Other);
}

#[test]
fn file_stems_are_safe_and_distinct() {
    assert_eq!(
        file_stem("c01-enterprise_discount.2"),
        "c01-enterprise_discount.2"
    );
    let slash = file_stem("../../etc/passwd");
    assert!(!slash.contains('/') && !slash.starts_with('.'), "{slash}");
    assert_ne!(
        file_stem("a/b"),
        file_stem("a:b"),
        "both become a_b, the hash tells them apart"
    );
    assert_eq!(file_stem("").len(), 9, "an empty id still gets a name");
    // The names of earlier releases: the hash is FNV-1a 32 of the id.
    assert_eq!(file_stem("a/b"), "a_b-3a8e75c1");
    assert_eq!(file_stem(""), "-811c9dc5");
    assert_eq!(file_stem("../../etc/passwd"), "_._.._etc_passwd-6fadc99a");
    assert!(file_stem(&"x".repeat(500)).len() <= 109);
    let mut names = HashSet::new();
    assert_eq!(unique("C1", &mut names), "C1");
    assert_eq!(
        unique("c1", &mut names),
        "c1-2",
        "case-insensitive file systems"
    );
}
