//! `date_order:` in a mapping file, in `.handoff.yaml`'s `input:` and as `--map
//! date_order=...`: the order of the export's slashed dates, a wrong value refused at its
//! line and column with what it takes.

use super::*;
use crate::project::ProjectFile;
use crate::transcript::DateOrder;

fn apply(text: &str) -> Result<ColumnMapping, String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.yaml");
    std::fs::write(&path, text).unwrap();
    let mut m = ColumnMapping::default();
    m.apply_file(&path).map(|()| m).map_err(|e| e.to_string())
}

#[test]
fn a_mapping_file_sets_the_date_order() {
    assert_eq!(
        apply("columns: { text: body }\n").unwrap().date_order.get(),
        None
    );
    let m = apply("columns: { text: body }\ndate_order: month-first\n").unwrap();
    assert_eq!(m.date_order.get(), Some(DateOrder::MonthFirst));
    let m = apply("date_order: Day_First\n").unwrap();
    assert_eq!(m.date_order.get(), Some(DateOrder::DayFirst));
    // Read through the mapping: 05/06/2020 is 5 June.
    let (time, offsetless) =
        crate::transcript::parse_timestamp_in("05/06/2020 14:03", m.timestamp_zone()).unwrap();
    assert_eq!(
        time,
        "2020-06-05T14:03:00Z".parse::<jiff::Timestamp>().unwrap()
    );
    assert!(offsetless);
}

#[test]
fn a_wrong_date_order_is_named_at_its_place() {
    let err = apply("columns: { text: body }\ndate_order: dmy\n").unwrap_err();
    assert!(
        err.contains("map.yaml:2:13")
            && err.contains(
                "`date_order`: `dmy` is not a date order; expected `day-first` (13/05/2020) or `month-first` (05/13/2020)"
            ),
        "{err}"
    );
    let err = apply("date_order: [day-first]\n").unwrap_err();
    assert!(err.contains("map.yaml:1:"), "{err}");
    let err = apply("date_ordre: day-first\n").unwrap_err();
    assert!(err.contains("did you mean `date_order`?"), "{err}");
}

#[test]
fn the_project_file_and_map_set_the_date_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(".handoff.yaml");
    std::fs::write(&path, "input:\n  date_order: month-first\n").unwrap();
    let file = ProjectFile::read(&path).unwrap();
    let mut m = ColumnMapping::default();
    assert!(m.apply_project(&file, &path).unwrap());
    assert_eq!(m.date_order.get(), Some(DateOrder::MonthFirst));
    // `--map` on top of it.
    assert_eq!(
        m.set_pair("date_order=day-first").unwrap(),
        ("date_order".to_owned(), "day-first".to_owned())
    );
    assert_eq!(m.date_order.get(), Some(DateOrder::DayFirst));
    let err = m.set_pair("date_order=europe").unwrap_err().to_string();
    assert!(err.contains("`europe` is not a date order"), "{err}");
    std::fs::write(&path, "input:\n  date_order: yes\n").unwrap();
    let err = ProjectFile::read(&path).unwrap_err().to_string();
    assert!(
        err.contains(".handoff.yaml:2:15") && err.contains("not a date order"),
        "{err}"
    );
}
