//! A packet directory written whole or not at all, a crashed run's leftovers cleared
//! and foreign files refused, and file names that are safe and distinct.

use super::*;

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

/// What a killed run leaves (its staging directory, a temporary manifest) is ours to
/// remove; anything else in the directory is refused, not cleared.
#[test]
fn a_crashed_runs_leftovers_are_removed_and_foreign_files_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("packets");
    run(&dir, &["a"]).finish().unwrap();
    let crashed = dir.join(format!("{STAGING_PREFIX}1{STAGING_SUFFIX}"));
    fs::create_dir(&crashed).unwrap();
    fs::write(crashed.join("x.json"), "{}").unwrap();
    fs::write(dir.join("..handoff-packets.1.tmp"), "a.json\n").unwrap();
    fs::write(dir.join(".a.json.1.tmp"), "{").unwrap();
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
    assert!(file_stem(&"x".repeat(500)).len() <= 109);
    let mut names = HashSet::new();
    assert_eq!(unique("C1", &mut names), "C1");
    assert_eq!(
        unique("c1", &mut names),
        "c1-2",
        "case-insensitive file systems"
    );
}
