//! The forty-sixth session's known misses, end to end through `replay --redact
//! --packets`: "2 St. Ives Road bikes" is no address, "Cabo San Lucas" keeps "Lucas" after
//! "I'm Lucas de Souza", "Casa de Souza is my favourite restaurant" keeps "Souza" after
//! "My name is Ana de Souza"; beside "12 St. Louis Ave." and "12 Main Street", addresses
//! still, and the names masked elsewhere.

use super::human_packet_texts;

#[test]
fn counts_before_streets_known_places_and_business_heads_in_packets() {
    let texts = human_packet_texts(
        "conversation_id,role,text\n\
         c1,customer,I bought 2 St. Ives Road bikes last week\n\
         c1,customer,I live at 12 St. Louis Ave. and work at 12 Main Street. human please\n\
         c2,customer,\"Hi, I'm Lucas de Souza. We fly to Cabo San Lucas tomorrow\"\n\
         c2,customer,Lucas is my name. human please\n\
         c3,customer,My name is Ana de Souza\n\
         c3,customer,Casa de Souza is my favourite restaurant\n\
         c3,customer,Souza is my surname. human please\n",
    );
    assert_eq!(
        texts,
        [
            &[
                "I bought 2 St. Ives Road bikes last week",
                "I live at [address] and work at [address]. human please",
            ][..],
            &[
                "Hi, I'm [name] [name] [name]. We fly to Cabo San Lucas tomorrow",
                "[name] is my name. human please",
            ],
            &[
                "My name is [name] [name] [name]",
                "Casa de Souza is my favourite restaurant",
                "[name] is my surname. human please",
            ],
        ]
    );
}
