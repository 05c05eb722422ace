//! The forty-seventh session's known leaks, end to end through `replay --redact
//! --packets`: a place-shaped surname after an introduction ("My name is Maria San Jose",
//! "This is Ana San Antonio speaking"), a given name, a surname, a particle and a surname
//! ("Maria Porto da Silva"), particles in a name set off by commas after a relative ("My
//! husband, Jan van den Bosch, called me"), a name in lower case with a particle after "my
//! name is" ("joao do carmo") and a name in quotes after "called"; beside what names no
//! one ("my name is on the list", "my name is spelled wrong", "this is so slow, speaking of
//! which"), which stays; a word of the names inside a known place after a place's cue
//! is the place's ("We fly to Cabo San Lucas" after "I'm Lucas de Souza"), a place-shaped
//! surname after "to" is not ("Connect me to [name] [name], my son"); and what a review
//! found over-masked stays ("My name is [name] [name] London office").

use super::{human_replay, packet_texts};

#[test]
fn whole_names_after_introductions_relatives_and_in_quotes_in_packets() {
    let (_, packets) = human_replay(
        "conversation_id,role,text\n\
         c1,customer,My name is Maria San Jose\n\
         c1,customer,This is Ana San Antonio speaking. human please\n\
         c2,customer,My name is Maria Porto da Silva\n\
         c2,customer,\"My husband, Jan van den Bosch, called me. human please\"\n\
         c3,customer,my name is joao do carmo\n\
         c3,customer,\"My manager is called 'Anna Berg', and \"\"Anna Berg\"\" is on leave\"\n\
         c3,customer,Anna Berg's desk is empty. human please\n\
         c4,customer,my name is on the list\n\
         c4,customer,my name is spelled wrong\n\
         c4,customer,\"this is so slow, speaking of which, human please\"\n\
         c5,customer,\"Hi, I'm Lucas de Souza. We fly to Cabo San Lucas tomorrow\"\n\
         c5,customer,\"My name is Juan Santa Cruz. Connect me to Santa Cruz, my son. human please\"\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [
            vec![
                "My name is [name] [name] [name]",
                "This is [name] [name] [name] speaking. human please",
            ],
            vec![
                "My name is [name] [name] da [name]",
                "My husband, [name] van den [name], called me. human please",
            ],
            vec![
                "my name is [name] do [name]",
                "My manager is called '[name] [name]', and \"[name] [name]\" is on leave",
                "[name] [name]'s desk is empty. human please",
            ],
            vec![
                "my name is on the list",
                "my name is spelled wrong",
                "this is so slow, speaking of which, human please",
            ],
            vec![
                "Hi, I'm [name] de [name]. We fly to Cabo San Lucas tomorrow",
                "My name is [name] [name] [name]. Connect me to [name] [name], my son. human please",
            ],
        ]
    );
    for leak in [
        "Maria", "Jose", "Antonio", "Porto", "Silva", "Bosch", "joao", "carmo", "Anna", "Berg",
    ] {
        assert!(!packets.contains(leak), "{leak} shown: {packets}");
    }
}

/// A review of the above found words after a name masked and remembered, so masked in
/// every later message: a third word after "my name is Jane Doe" that is no name's, a
/// plan's name in quotes after "This is", a day after "was called". Each stays as
/// written, in the introduction and after it.
#[test]
fn words_after_a_name_in_quotes_or_after_was_called_stay_in_packets() {
    let (_, packets) = human_replay(
        "conversation_id,role,text\n\
         c1,customer,My name is Jane Doe London office\n\
         c1,customer,\"Our London office needs the invoice, I'm in London now. human please\"\n\
         c2,customer,my name is jane doe wifi not working\n\
         c2,customer,yes the wifi is still down. human please\n\
         c3,customer,This is 'Premium Plus' and it doesn't work\n\
         c3,customer,\"Premium Plus, I pay for it every month. human please\"\n\
         c4,customer,My husband was called Tuesday by your agent\n\
         c4,customer,He was called again on Tuesday evening. human please\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [
            vec![
                "My name is [name] [name] London office",
                "Our London office needs the invoice, I'm in London now. human please",
            ],
            vec![
                "my name is [name] [name] wifi not working",
                "yes the wifi is still down. human please",
            ],
            vec![
                "This is 'Premium Plus' and it doesn't work",
                "Premium Plus, I pay for it every month. human please",
            ],
            vec![
                "My husband was called Tuesday by your agent",
                "He was called again on Tuesday evening. human please",
            ],
        ]
    );
}

/// A second review found a brand after "my name is John Smith" masked and remembered
/// (the summary's goal too), a field's label read as the name's word, a team after "my
/// manager," read as a name, and "Wi-Fi" in quotes masked. The brand is masked in the
/// introduction only; the rest stay as written.
#[test]
fn brands_labels_and_teams_after_a_name_stay_in_packets() {
    let (_, packets) = human_replay(
        "conversation_id,role,text\n\
         c1,customer,My name is John Smith Tesla owner\n\
         c1,customer,my Tesla app is broken. human please\n\
         c2,customer,My name is John Smith Acct 5551234\n\
         c2,customer,Acct 5551234 locked. human please\n\
         c3,customer,\"Your supervisor, Customer Care, hung up. human please\"\n\
         c4,customer,It's 'Wi-Fi Extender' that broke. human please\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [
            vec![
                "My name is [name] [name] [name] owner",
                "my Tesla app is broken. human please",
            ],
            vec![
                "My name is [name] [name] Acct [account]",
                "Acct [account] locked. human please",
            ],
            vec!["Your supervisor, Customer Care, hung up. human please"],
            vec!["It's 'Wi-Fi Extender' that broke. human please"],
        ]
    );
    assert!(!packets.contains("Smith"), "Smith shown: {packets}");
}
