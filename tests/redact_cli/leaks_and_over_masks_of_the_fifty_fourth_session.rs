//! The fifty-fourth session, end to end through `replay --redact --packets`: a
//! sign-off's name before "?", ";" or a spaced dash, or after a colon, is masked; so is
//! an initial before a name; "Wi Fi" after a sign-off stays, and a common word after an
//! initial without its full stop is masked where it stands only.

use super::{human_replay, packet_texts};

#[test]
fn a_sign_off_s_name_before_a_question_mark_a_semicolon_a_dash_or_after_a_colon() {
    let (_, packets) = human_replay(
        "conversation_id,role,text\n\
         a1,customer,\"Thanks, Ana Lopez? human please\"\n\
         a2,customer,\"Thanks, Ana Lopez; human please\"\n\
         a3,customer,\"Thanks, Ana Lopez - human please\"\n\
         a4,customer,Thanks: Ana Lopez. human please\n\
         a5,customer,Regards: Ana\n\
         a5,customer,human please\n\
         a6,customer,Thanks: Internet is down? human please\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [
            vec!["Thanks, [name] [name]? human please"],
            vec!["Thanks, [name] [name]; human please"],
            vec!["Thanks, [name] [name] - human please"],
            vec!["Thanks: [name] [name]. human please"],
            vec!["Regards: [name]", "human please"],
            vec!["Thanks: Internet is down? human please"],
        ]
    );
}

#[test]
fn an_initial_before_a_name_is_masked_with_it() {
    let (_, packets) = human_replay(
        "conversation_id,role,text\n\
         b1,customer,\"J. Smith here, human please\"\n\
         b2,customer,Name is J. Smith\n\
         b2,customer,human please\n\
         b3,customer,\"I chose plan B. Maria de la Cruz said so, human please\"\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [
            vec!["[name]. [name] here, human please"],
            vec!["Name is [name]. [name]", "human please"],
            vec!["I chose plan B. [name] de la [name] said so, human please"],
        ]
    );
}

#[test]
fn wi_fi_and_a_common_word_after_an_initial_without_its_full_stop_remembered() {
    let (_, packets) = human_replay(
        "conversation_id,role,text\n\
         c1,customer,\"Thanks, Wi Fi.\"\n\
         c1,customer,human please\n\
         c2,customer,I'm Sarah J White. The account is under White. human please\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [
            vec!["Thanks, Wi Fi.", "human please"],
            vec!["I'm [name] [name] [name]. The account is under [name]. human please"],
        ]
    );
}
