//! Which columns hold the customer's name and email under the many names exports give
//! them: a normalised field name (`customer_full_name`, `login_email`) → whether it is
//! the customer's full name, first name, last name or email. Allow-lists of words, so
//! that another person's column (`agent_name`, `company_name`, `owner_email`) is never
//! taken for the customer's.

/// Words before a field's last word that say it is the customer's (`customer_name`,
/// `end_user_email`, `visitor_first_name`).
const OWNERS: &[&str] = &[
    "buyer",
    "caller",
    "client",
    "contact",
    "cust",
    "customer",
    "end",
    "guest",
    "lead",
    "member",
    "patient",
    "person",
    "requester",
    "sender",
    "shopper",
    "subscriber",
    "user",
    "visitor",
];

/// Words before `name` that say which of the customer's names it is, all of it.
const WHOLE: &[&str] = &["display", "full", "legal", "preferred", "real"];

/// Words before `email` that say which of the customer's addresses it is.
const EMAIL_KINDS: &[&str] = &[
    "account", "billing", "contact", "login", "personal", "primary", "work",
];

/// The words of `field` (split at `_`) before `tail` (`first_name`), if its last words
/// are `tail`'s; no words for `tail` itself. Never allocates: a bridge greeting asks
/// for the customer's first name once an escalation, and a column split into a vector
/// for each of the names it is tried against cost a sixth of a replay's instructions
/// (issue 7).
fn before<'a>(field: &'a str, tail: &str) -> Option<Words<'a>> {
    let rest = field.strip_suffix(tail)?;
    if rest.is_empty() {
        return Some(Words(None));
    }
    rest.strip_suffix('_').map(|words| Words(Some(words)))
}

/// Words before a column's last ones (`customer` in `customer_first_name`): `None` for
/// none, else `_`-separated.
#[derive(Debug, Clone, Copy)]
struct Words<'a>(Option<&'a str>);

impl Words<'_> {
    fn is_empty(self) -> bool {
        self.0.is_none()
    }

    /// Whether there is one word, `word`.
    fn are(self, word: &str) -> bool {
        self.0 == Some(word)
    }

    /// Whether they are all the customer's: owners, and `extra` words.
    fn owned(self, extra: &[&str]) -> bool {
        self.0.is_none_or(|words| {
            words
                .split('_')
                .all(|w| OWNERS.contains(&w) || extra.contains(&w))
        })
    }
}

/// A column of the customer's full name under another name than
/// [`super::NAME_FIELDS`]: `customer_full_name`, `full_name`, `display_name`,
/// `visitor_name`, `contact_fullname`. Not `user_name` (a login), `agent_name`,
/// `company_name`, `first_name`.
pub(super) fn is_full_name(field: &str) -> bool {
    for tail in ["name", "fullname", "displayname"] {
        if let Some(words) = before(field, tail) {
            let by_kind = tail != "name";
            return (by_kind || !words.is_empty()) && !words.are("user") && words.owned(WHOLE);
        }
    }
    false
}

/// A column of the customer's first name: `first_name`, `firstname`, `given_name`,
/// `forename`, `customer_first_name`, `Contact First Name`.
pub(super) fn is_first_name(field: &str) -> bool {
    [
        "first_name",
        "firstname",
        "given_name",
        "givenname",
        "forename",
    ]
    .into_iter()
    .any(|tail| before(field, tail).is_some_and(|words| words.owned(&[])))
}

/// A column of the customer's last name: `last_name`, `surname`, `family_name`,
/// `customer_last_name`.
pub(super) fn is_last_name(field: &str) -> bool {
    [
        "last_name",
        "lastname",
        "family_name",
        "familyname",
        "surname",
    ]
    .into_iter()
    .any(|tail| before(field, tail).is_some_and(|words| words.owned(&[])))
}

/// A column of the customer's email address: `email`, `e_mail`, `email_address`,
/// `login_email`, `customer_email`, `Primary E-mail`, `end_user_email_address`. Not
/// `agent_email`, `owner_email`, `support_email`.
pub fn is_email(field: &str) -> bool {
    [
        "email",
        "e_mail",
        "email_address",
        "emailaddress",
        "e_mail_address",
        "mail",
    ]
    .into_iter()
    .any(|tail| {
        before(field, tail).is_some_and(|words| {
            // `mail` alone is a mailing address as often as an email one.
            (tail != "mail" || !words.is_empty()) && words.owned(EMAIL_KINDS)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transcript::normalize_field;

    fn is(check: fn(&str) -> bool, column: &str) -> bool {
        check(&normalize_field(column))
    }

    /// The words-vector reading `before` replaced, kept as the reference: every column
    /// of up to three words of a vocabulary that meets every case reads the same.
    #[test]
    fn column_words_read_as_a_split_would() {
        fn split_before<'a>(field: &'a str, tail: &str) -> Option<Vec<&'a str>> {
            let (words, tail): (Vec<&str>, Vec<&str>) =
                (field.split('_').collect(), tail.split('_').collect());
            let n = words.len().checked_sub(tail.len())?;
            (words[n..] == *tail).then(|| words[..n].to_vec())
        }
        let vocabulary = [
            "",
            "e",
            "mail",
            "email",
            "first",
            "name",
            "user",
            "customer",
            "full",
            "x",
            "address",
            "login",
            "agent",
            "firstname",
        ];
        let mut fields = vec![];
        for a in vocabulary {
            fields.push(a.to_owned());
            for b in vocabulary {
                fields.push(format!("{a}_{b}"));
                for c in vocabulary {
                    fields.push(format!("{a}_{b}_{c}"));
                }
            }
        }
        for field in &fields {
            for tail in ["name", "first_name", "e_mail_address", "mail", "email"] {
                let reference = split_before(field, tail);
                let words = before(field, tail);
                assert_eq!(words.is_some(), reference.is_some(), "{field:?} {tail:?}");
                if let (Some(words), Some(reference)) = (words, reference) {
                    assert_eq!(words.is_empty(), reference.is_empty(), "{field:?} {tail:?}");
                    assert_eq!(words.are("user"), reference == ["user"], "{field:?}");
                    let owned = reference
                        .iter()
                        .all(|w| OWNERS.contains(w) || WHOLE.contains(w));
                    assert_eq!(words.owned(WHOLE), owned, "{field:?} {tail:?}");
                }
            }
        }
    }

    #[test]
    fn the_customers_columns_by_their_many_names() {
        for column in [
            "Customer Full Name",
            "full_name",
            "Display Name",
            "visitor-name",
            "Contact FullName",
            "End User Name",
        ] {
            assert!(is(is_full_name, column), "{column}");
        }
        for column in [
            "Agent Name",
            "Company Name",
            "user_name",
            "first_name",
            "Product Name",
            "Account Name",
            "name",
        ] {
            assert!(!is(is_full_name, column), "{column}");
        }
        for column in [
            "First Name",
            "Customer First Name",
            "given_name",
            "Forename",
        ] {
            assert!(is(is_first_name, column), "{column}");
        }
        assert!(!is(is_first_name, "Agent First Name"));
        for column in ["Last Name", "Surname", "customer_family_name"] {
            assert!(is(is_last_name, column), "{column}");
        }
        assert!(!is(is_last_name, "Owner Last Name"));
        for column in [
            "Login Email",
            "email",
            "E-mail",
            "Email Address",
            "customer_email",
            "Primary E-Mail Address",
            "user_mail",
        ] {
            assert!(is(is_email, column), "{column}");
        }
        for column in [
            "Agent Email",
            "owner_email",
            "Support Email",
            "mail",
            "Email Opt In",
        ] {
            assert!(!is(is_email, column), "{column}");
        }
    }
}
