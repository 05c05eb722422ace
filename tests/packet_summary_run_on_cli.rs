//! Security answers and names in `replay --packets` summaries and redacted transcripts
//! (session 52): a password typed first and run into the next clause, a refusal and a
//! word said alone before the reply (no answers).

use crate::packet_summary_chosen_cli::transcript_and_said;
use crate::packet_summary_secrets_cli::{RULES, packet_of, replay_packets};

/// Session 52's `/tmp/s52/sum.csv`, and a password typed first that is no common word.
const SUM: &str = "conversation_id,role,text
s1,bot,What is your secret word?
s1,customer,It is private. I want a human
s2,bot,What is your first pet's name?
s2,customer,It's Precious. I want a human
s3,bot,What is your first pet's name?
s3,customer,Look. It's huge and I want a human
s4,bot,What is your memorable word?
s4,customer,\"Now, it's 10:30 and I want a human\"
s6,bot,What is your password?
s6,customer,Sunshine I want a human
s7,bot,What is your first pet's name?
s7,customer,\"It's precious to me, I want a human\"
s8,bot,What is your password?
s8,customer,Tiger123 please connect me. I want a human
s9,bot,What is your password?
s9,customer,Honestly I don't know. I want a human
";

/// Regression: s6's "Sunshine" showed in the summary's goal and last thing said; s1's
/// "private" and s3's "Look" were masked as answers. Now the password is `[secret]`
/// wherever it shows, with `--redact` or not, and the refusal, the word said alone and
/// a hedge typed first stay; a pet's name after "It's" stays masked (s2, s7).
#[test]
fn a_password_run_on_is_masked_and_a_refusal_stays() {
    let rules = RULES.replace("get me a person", "I want a human");
    for redact in [&[][..], &["--redact"]] {
        let packets = replay_packets(&rules, SUM, redact);
        for (id, said) in [
            ("s1", "It is private. I want a human"),
            ("s2", "It's [secret]. I want a human"),
            ("s3", "Look. It's huge and I want a human"),
            ("s4", "Now, it's 10:30 and I want a human"),
            ("s6", "[secret] I want a human"),
            ("s7", "It's [secret], I want a human"),
            ("s8", "[secret] please connect me. I want a human"),
            ("s9", "Honestly I don't know. I want a human"),
        ] {
            let (transcript, last) = transcript_and_said(&packets, id);
            assert_eq!(last, said, "{redact:?} {id}");
            if !redact.is_empty() {
                assert!(transcript.contains(said), "{id}: {transcript}");
            }
        }
        let goal = |id: &str| packet_of(&packets, id)["summary"]["goal"].to_string();
        assert_eq!(goal("s6"), "\"[secret] I want a human\"", "{redact:?}");
        assert_eq!(goal("s3"), "\"It's huge and I want a human\"", "{redact:?}");
        // The transcript shows the text as written but under `--redact`.
        for id in ["s6", "s8"] {
            let packet = packet_of(&packets, id);
            let shown = if redact.is_empty() {
                packet["summary"].to_string()
            } else {
                packet.to_string()
            };
            assert!(!shown.contains("Sunshine"), "{shown}");
            assert!(!shown.contains("Tiger123"), "{shown}");
        }
    }
}
