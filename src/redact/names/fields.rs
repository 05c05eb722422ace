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

/// Field names of one word that are a person's name or part of it. Sorted.
pub(super) const NAME_WORDS: &[&str] = &[
    "displayname",
    "familyname",
    "firstname",
    "forename",
    "forenames",
    "fullname",
    "givenname",
    "lastname",
    "middlename",
    "name",
    "nickname",
    "screenname",
    "surname",
    "username",
];

/// The word before `name` in a field that is a person's (`first_name`,
/// `requester_name`, `customer_name`); other `…_name` fields name a thing (`intent_name`,
/// `deal_name`, `timezone_name`). Sorted.
pub(super) const PERSON_WORDS: &[&str] = &[
    "author",
    "buyer",
    "caller",
    "client",
    "contact",
    "customer",
    "display",
    "family",
    "first",
    "full",
    "given",
    "last",
    "legal",
    "maiden",
    "member",
    "middle",
    "nick",
    "patient",
    "person",
    "preferred",
    "real",
    "requester",
    "screen",
    "sender",
    "user",
];

/// Whether a metadata field (by normalised name) holds the customer's name, or part of
/// it: a person's name field (`name`, `surname`, `first_name`, `nickname`,
/// `display_name`, `requester_name`, `customer_last_name`, `username`; not `intent_name`
/// or `deal_name`), unless a word before says whose (`agent_first_name`: the words of
/// `NOT_THE_CUSTOMER`), and `OTHER_NAME_FIELDS` (`first`, `last`, `given`, `user`,
/// `login`, `handle`). An allow-list: a field of a thing taken for a name would mask
/// its value wherever the word appears ("refund" for `intent_name: refund`).
pub fn is_name_field(field: &str) -> bool {
    if OTHER_NAME_FIELDS.binary_search(&field).is_ok() || field.ends_with("_handle") {
        return true;
    }
    // The words from the last (no list: a packet asks for every field of every one).
    let mut words = field.rsplit('_');
    let Some(last) = words.next() else {
        return false;
    };
    let person = match words.clone().next() {
        // `name`, `surname`, `customer_surname`
        None => NAME_WORDS.binary_search(&last).is_ok(),
        Some(_) if last != "name" => NAME_WORDS.binary_search(&last).is_ok(),
        // `first_name`, `requester_name`; not `intent_name`
        Some(word) => PERSON_WORDS.binary_search(&word).is_ok(),
    };
    person && !words.any(names_someone_else)
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
pub(in crate::redact) const PLACEHOLDERS: &[&str] = &[
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
