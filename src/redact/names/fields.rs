//! Which metadata fields hold the customer's name: a field's normalised name → whether
//! its value is the name or part of it (`surname`, `requester_name`), a username, or
//! neither (`company_name`); and the values that stand for no name (`Guest`).

/// Fields that hold a person's name without saying `name`. Sorted.
///
/// `first` and `last` are taken as the name's parts (the columns of plain exports); a
/// value that is a flag ("yes", "true") is no name ([`PLACEHOLDERS`]).
pub(super) const OTHER_NAME_FIELDS: &[&str] = &[
    "first",
    "forename",
    "forenames",
    "given",
    "handle",
    "last",
    "login",
    "middle",
    "requester",
    "user",
    "user_login",
];

/// The last word before `name` of `…_name` fields that name something or someone other
/// than the customer (`company_name`, `product_name`, `agent_name`, `contact_owner_name`):
/// their values are no name of the customer's. Sorted.
pub(super) const NOT_THE_CUSTOMER: &[&str] = &[
    "account",
    "agent",
    "app",
    "application",
    "assignee",
    "bank",
    "bot",
    "brand",
    "browser",
    "building",
    "business",
    "campaign",
    "category",
    "channel",
    "city",
    "class",
    "column",
    "company",
    "country",
    "county",
    "department",
    "dept",
    "device",
    "domain",
    "employer",
    "event",
    "field",
    "file",
    "folder",
    "form",
    "group",
    "host",
    "inbox",
    "job",
    "list",
    "macro",
    "manager",
    "merchant",
    "model",
    "operator",
    "org",
    "organisation",
    "organization",
    "os",
    "owner",
    "package",
    "page",
    "partner",
    "path",
    "pipeline",
    "place",
    "plan",
    "platform",
    "product",
    "program",
    "project",
    "property",
    "province",
    "queue",
    "region",
    "rep",
    "representative",
    "role",
    "route",
    "rule",
    "school",
    "segment",
    "server",
    "service",
    "shop",
    "site",
    "source",
    "stage",
    "state",
    "store",
    "street",
    "tag",
    "team",
    "template",
    "tenant",
    "tier",
    "topic",
    "town",
    "type",
    "vendor",
    "venue",
    "website",
    "workspace",
];

/// Whether a metadata field (by normalised name) holds the customer's name, or part of
/// it: `name`, any `…name` or `…_name` field (`first_name`, `surname`, `nickname`,
/// `display_name`, `requester_name`, `customer_last_name`, `username`) but those of
/// something or someone else ([`NOT_THE_CUSTOMER`]: `company_name`, `agent_name`), and
/// [`OTHER_NAME_FIELDS`] (`first`, `last`, `given`, `user`, `login`, `handle`).
pub fn is_name_field(field: &str) -> bool {
    if OTHER_NAME_FIELDS.binary_search(&field).is_ok() || field.ends_with("_handle") {
        return true;
    }
    let Some(before) = field.strip_suffix("name") else {
        return false;
    };
    let before = before.strip_suffix('_').unwrap_or(before);
    !names_someone_else(before.rsplit('_').next().unwrap_or_default())
}

/// Whether `word` (lower case), before "name", says it is not the customer's:
/// "company", "agent", "file".
pub(in crate::redact) fn names_someone_else(word: &str) -> bool {
    NOT_THE_CUSTOMER.binary_search(&word).is_ok()
}

/// Whether a name field holds what the customer signs in as (`username`, `login`,
/// `handle`): a value often made of the name ("tyler.jones92"), but not only of it.
pub(super) fn is_user_field(field: &str) -> bool {
    matches!(field, "user" | "login" | "user_login" | "handle")
        || field.ends_with("username")
        || field.ends_with("user_name")
        || field.ends_with("_handle")
        || field.ends_with("screen_name")
        || field.ends_with("screenname")
}

/// Values of name fields that stand for no name ("Guest", "Visitor 4821", "N/A",
/// "true"): not hunted for as names. Sorted.
pub(super) const PLACEHOLDERS: &[&str] = &[
    "anonymous",
    "customer",
    "false",
    "guest",
    "na",
    "nan",
    "no",
    "none",
    "null",
    "test",
    "true",
    "undefined",
    "unknown",
    "user",
    "visitor",
    "yes",
];
