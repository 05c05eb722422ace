//! The role table: an export's role values (`end-user`, `Answer Bot`) → [`Role`], the
//! defaults and what `--role VALUE=ROLE` and a mapping file's `roles:` add. Takes values
//! and names; gives roles. Reads no file.

use std::collections::HashMap;

use super::{MappingError, ROLES, meant, roles_listed};
use crate::text::shown;
use crate::transcript::{Role, normalize_field};

/// Role values of exports → [`Role`]. Case-insensitive; spaces, `-` and `_` are the same.
#[derive(Debug, Clone)]
pub struct RoleMap {
    map: HashMap<String, Role>,
}

const DEFAULT_ROLES: &[(&str, Role)] = &[
    ("customer", Role::Customer),
    ("user", Role::Customer),
    ("visitor", Role::Customer),
    ("end_user", Role::Customer),
    ("enduser", Role::Customer),
    ("contact", Role::Customer),
    ("client", Role::Customer),
    ("lead", Role::Customer),
    ("requester", Role::Customer),
    ("bot", Role::Bot),
    ("ai", Role::Bot),
    ("assistant", Role::Bot),
    ("automation", Role::Bot),
    ("chatbot", Role::Bot),
    ("virtual_agent", Role::Bot),
    ("system_bot", Role::Bot),
    ("agent", Role::Agent),
    ("human", Role::Agent),
    ("human_agent", Role::Agent),
    ("rep", Role::Agent),
    ("representative", Role::Agent),
    ("admin", Role::Agent),
    ("operator", Role::Agent),
    ("staff", Role::Agent),
    ("support", Role::Agent),
    ("teammate", Role::Agent),
];

/// The role a word of a role value names in the default table (`Answer Bot` has `bot`),
/// for hints; the table maps whole values.
pub(crate) fn default_role_of_word(word: &str) -> Option<Role> {
    let word = normalize_field(word);
    DEFAULT_ROLES
        .iter()
        .find(|&&(value, _)| value == word)
        .map(|&(_, role)| role)
}

impl Default for RoleMap {
    fn default() -> Self {
        RoleMap {
            map: DEFAULT_ROLES
                .iter()
                .map(|&(k, v)| (k.to_owned(), v))
                .collect(),
        }
    }
}

impl RoleMap {
    pub fn get(&self, value: &str) -> Option<Role> {
        // Exports mostly write the normalised form already: skip the allocation then.
        match self.map.get(value) {
            Some(role) => Some(*role),
            None => self.map.get(&normalize_field(value)).copied(),
        }
    }

    /// The role names it knows, for a "did you mean".
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.map.keys().map(String::as_str)
    }

    pub fn insert(&mut self, value: &str, role: Role) {
        self.map.insert(normalize_field(value), role);
    }

    /// Applies a `value=role` argument (`end-user=customer`); gives the value,
    /// normalised, and its role.
    pub fn set_pair(&mut self, pair: &str) -> Result<(String, Role), MappingError> {
        let (value, role) = pair.split_once('=').ok_or_else(|| {
            MappingError::Invalid(format!(
                "`{}` is not VALUE=ROLE (e.g. end-user=customer)",
                shown(pair)
            ))
        })?;
        if normalize_field(value.trim()).is_empty() {
            return Err(MappingError::Invalid(format!(
                "`{}` has no role value before `=`; expected VALUE=ROLE (e.g. end-user=customer)",
                shown(pair)
            )));
        }
        let role = parse_role(role.trim()).ok_or_else(|| {
            // Written the other way round (`customer=requester`): say how it is written.
            let hint = match parse_role(value.trim()) {
                Some(_) => format!(
                    "; `--role` takes VALUE=ROLE: did you mean `{}={}`?",
                    shown(role.trim()),
                    shown(value.trim())
                ),
                None => role_meant(role.trim()),
            };
            MappingError::Invalid(format!(
                "unknown role `{}` in `{}`; expected {}{hint}",
                shown(role.trim()),
                shown(pair),
                roles_listed(),
            ))
        })?;
        self.insert(value.trim(), role);
        Ok((normalize_field(value.trim()), role))
    }
}

/// What follows "expected customer, bot or agent" for `name`, which names no role: the
/// role a transcript's word for one names (`user`: customer), as rule files say it; else
/// a "did you mean" for a typo (`custmer`); else nothing.
pub(super) fn role_meant(name: &str) -> String {
    match default_role_of_word(name) {
        Some(role) if ROLES.contains(&role.as_str()) => {
            format!("; {}", written_here(name, role.as_str()))
        }
        _ => meant(name, &ROLES),
    }
}

/// What follows "expected customer, bot or agent" for a mapping file's key `name` under
/// `roles:`, which names no role: written the other way round (`shopper: customer`),
/// how `roles:` is written, and that a transcript's word for a role needs no mapping;
/// else as [`role_meant`].
pub(super) fn role_key_meant(name: &str, values: &[String]) -> String {
    let Some(role) = values.iter().find_map(|v| parse_role(v)) else {
        return role_meant(name);
    };
    let role = role.as_str();
    let name_shown = shown(name);
    let already = match default_role_of_word(name) {
        Some(read) if read.as_str() == role => format!(
            " (or no mapping at all: a transcript's `{name_shown}` is read as `{role}` already)"
        ),
        _ => String::new(),
    };
    format!(
        "; `roles:` lists under each role the values that name it: did you mean `{role}: [{name_shown}]`?{already}"
    )
}

/// The hint for a transcript's word for a role (`user`) where a role's name is
/// expected: how the role is written here. One sentence for rule files, rule tests,
/// `--role` and mapping files.
pub(crate) fn written_here(name: &str, role: &str) -> String {
    if name.trim().eq_ignore_ascii_case(role) {
        return format!("write it `{role}`: a role's name in lower case, nothing around it");
    }
    let name = shown(name);
    format!(
        "`{name}` is written `{role}` here, where the roles are named customer, bot and agent (a transcript's `{name}` is read as `{role}`)"
    )
}

/// The role a name says (one of [`ROLES`], in any case or spacing).
pub(crate) fn parse_role(name: &str) -> Option<Role> {
    let name = normalize_field(name);
    Role::ALL
        .into_iter()
        .find(|role| ROLES.contains(&role.as_str()) && role.as_str() == name)
}
