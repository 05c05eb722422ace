//! The word lists of name facts: words capitalised without naming anything, points of
//! the compass, pet names and what follows them, and the words a name said to someone
//! follows (cuisines, languages and nationalities: `text::peoples`). Lists only;
//! `names.rs` reads them.

/// Words that start with a capital letter mid-sentence without naming anything; the
/// weekdays too, read from `text::calendar` (`names::is_weekday`).
pub(super) const NOT_NAMES: &[&str] = &[
    "I", "I'm", "I've", "I'd", "I'll", "Im", "Ive", "OK", "Ok", "Okay", "Hi", "Hello", "Hey",
    "Thanks", "Thank", "Yes", "No", "Please", "Sorry", "AM", "PM", "The", "A", "An",
];

/// Words that often start a sentence (or a sentence without a full stop before it)
/// capitalised, without being a name.
pub(super) const STARTERS: &[&str] = &[
    "My", "We", "It", "It's", "This", "That", "What", "When", "Where", "How", "Why", "Who", "Can",
    "Could", "Would", "Will", "Do", "Does", "Did", "Is", "Are", "Was", "Our", "Your", "If", "So",
    "But", "And", "Just", "Also", "Then", "There", "They", "You", "He", "She", "Not", "Now",
    "Great", "Good", "Sure", "Maybe", "Well", "Oh", "Wait", "Let", "Me", "Am", "Has", "Have",
    "Had", "That's", "What's", "Pm", "Should", "Shall", "May", "Might", "Must", "Any", "All",
    "One", "Its", "At", "In", "On", "To", "For", "From", "With", "By", "Near", "Of",
];

/// Points of the compass: a name of these words alone is a direction or a part of town
/// ("the North part of town", "on the South or West side", "North-East"), not a person
/// or a place; with another word they name one ("North Carolina", "West Bay Venue").
pub(super) const COMPASS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northern",
    "southern",
    "eastern",
    "western",
];

/// Pet names a customer calls the assistant in a role-play or in passing ("Thanks,
/// Honey", "Listen Buddy", "Cheers Mate"): no person's name when alone or after a word
/// that opens a sentence; with a name they may be one ("Buddy Holly", "Mark Love").
pub(super) const PET_NAMES: &[&str] = &[
    "babe",
    "baby",
    "bro",
    "bud",
    "buddy",
    "champ",
    "cutie",
    "darlin",
    "darling",
    "dear",
    "dearie",
    "deary",
    "doll",
    "dude",
    "hon",
    "honey",
    "hun",
    "kiddo",
    "love",
    "lovey",
    "luv",
    "mate",
    "pal",
    "petal",
    "poppet",
    "pumpkin",
    "sis",
    "sonny",
    "sugar",
    "sunshine",
    "sweetheart",
    "sweetie",
    "sweety",
];

/// Words that follow a pet name in a longer one ("Sweetie Pie", "Baby Girl", "Honey
/// Bunny"): still a pet name, where a pet word before another word is a place's name
/// ("Sugar Land", "Love Field").
pub(super) const PET_TAILS: &[&str] = &[
    "bear", "boo", "boy", "bug", "bun", "bunch", "bunny", "buns", "cake", "cakes", "cheeks",
    "doll", "face", "girl", "lips", "muffin", "pants", "pie", "pies", "plum", "pop", "puff",
];

/// Animals whose name a customer gives ("my dog was named Buddy", "pet is Charlie"),
/// singular, lower case: as a possessive or plural too ("dog's", "pets").
pub(super) const ANIMALS: &[&str] = &[
    "bird", "birds", "bunny", "cat", "cats", "dog", "dogs", "fish", "goldfish", "hamster", "horse",
    "kitten", "kitty", "parrot", "pet", "pets", "pony", "puppy", "rabbit", "turtle",
];

/// Words before a name said to someone ("Thanks, Grace", "Hi Tyler", "ok Mark").
pub(super) const ADDRESSING: &[&str] = &[
    "bye", "cheers", "goodbye", "hello", "hey", "hi", "hiya", "listen", "look", "morning", "night",
    "ok", "okay", "please", "regards", "sorry", "sure", "thanks", "thank", "thx", "ty", "well",
    "yeah", "yes", "yo",
];

/// Words a reply to the bot's question for the name puts where the name would go, that
/// the common English words (`redact::is_common_english`) lack: doubt ("Unsure") and
/// what someone is to the customer ("Hubby", "Wifey"). Lower case.
pub(super) const NOT_NAME_REPLIES: &[&str] = &[
    "anon", "bestie", "bf", "gf", "hubby", "hubs", "idc", "unsure", "wifey",
];

/// Of [`STARTERS`], the modal verbs that are names too ("May", "Will"): a reply of one
/// alone to the question for a name is that name, as no modal verb answers alone.
pub(super) const MODAL_NAMES: &[&str] = &["May", "Will"];

/// Words that open a sentence as a verb or an adverb, never as a name's first word
/// ("Try Tamarind instead then", STAR star-5032, named "Try Tamarind"; "Like Johnny
/// Appleseeds", star-1098; "Again Bistro is full", a review), and "I am" in Spanish,
/// Italian and Portuguese ("Soy Xiomara" was named "Soy Xiomara"): a capitalised word
/// after them starts the name.
pub(super) const OPENING_VERBS: &[&str] = &[
    "actually",
    "again",
    "apparently",
    "ask",
    "book",
    "bring",
    "call",
    "cancel",
    "check",
    "choose",
    "contact",
    "definitely",
    "email",
    "even",
    "find",
    "get",
    "give",
    "go",
    "hopefully",
    "invite",
    "leave",
    "like",
    "love",
    "meet",
    "message",
    "obviously",
    "only",
    "order",
    "perhaps",
    "pick",
    "prefer",
    "probably",
    "recommend",
    "reserve",
    "schedule",
    "see",
    "send",
    "show",
    "sono",
    "sou",
    "soy",
    "suggest",
    "take",
    "tell",
    "text",
    "try",
    "unfortunately",
    "visit",
];

/// Words of a job or a rank: a name made of these alone is a title, no person ("You
/// know, the Chief Engineer?", STAR star-3047; "the Vice President"), though one with
/// a name is one ("First Officer Chewie"). One of [`ROLES`] at least.
pub(super) const RANKS: &[&str] = &[
    "account",
    "assistant",
    "branch",
    "chief",
    "customer",
    "deputy",
    "executive",
    "first",
    "floor",
    "general",
    "head",
    "junior",
    "lead",
    "operations",
    "principal",
    "regional",
    "sales",
    "second",
    "senior",
    "service",
    "store",
    "support",
    "technical",
    "vice",
];

/// Words that head a title before an occupation ("Chief Surgeon", "Head Gardener",
/// "Deputy Mayor"): with [`OCCUPATIONS`] or [`ROLES`] after them, a title.
pub(super) const HEADS: &[&str] = &["chief", "head", "deputy", "vice", "senior", "junior"];

/// Occupations a head of a title ([`HEADS`]) goes before ("Chief Surgeon", "Head
/// Teacher", "Head Barista"), besides [`ROLES`]: anything else after it may be a name
/// ("Head Start", "Junior Achievement", "Vice News", "Chief Bird": a review found them
/// lost). The trades and services a customer meets are here (a review found "Head
/// Barista" a name).
pub(super) const OCCUPATIONS: &[&str] = &[
    "accountant",
    "architect",
    "attorney",
    "auditor",
    "baker",
    "barber",
    "barista",
    "bartender",
    "butcher",
    "butler",
    "caretaker",
    "carpenter",
    "chaplain",
    "chemist",
    "coach",
    "cook",
    "counsel",
    "counsellor",
    "counselor",
    "curator",
    "custodian",
    "dentist",
    "designer",
    "detective",
    "developer",
    "dietitian",
    "dispatcher",
    "economist",
    "editor",
    "electrician",
    "firefighter",
    "gardener",
    "groundskeeper",
    "hairdresser",
    "housekeeper",
    "inspector",
    "instructor",
    "interpreter",
    "investigator",
    "janitor",
    "judge",
    "justice",
    "lawyer",
    "librarian",
    "lifeguard",
    "marshal",
    "mayor",
    "medic",
    "midwife",
    "minister",
    "paramedic",
    "pastor",
    "pharmacist",
    "photographer",
    "physician",
    "planner",
    "plumber",
    "porter",
    "priest",
    "producer",
    "programmer",
    "rabbi",
    "ranger",
    "registrar",
    "scientist",
    "server",
    "sheriff",
    "stylist",
    "surgeon",
    "surveyor",
    "teacher",
    "technician",
    "therapist",
    "trainer",
    "translator",
    "veterinarian",
    "waiter",
    "waitress",
    "warden",
    "writer",
];

/// The jobs of [`RANKS`]'s titles: one of them makes a run of rank words a title.
pub(super) const ROLES: &[&str] = &[
    "administrator",
    "admiral",
    "adviser",
    "advisor",
    "agent",
    "analyst",
    "attendant",
    "captain",
    "cashier",
    "ceo",
    "cfo",
    "chef",
    "clerk",
    "commander",
    "concierge",
    "consultant",
    "coo",
    "cto",
    "director",
    "doctor",
    "engineer",
    "general",
    "lieutenant",
    "manager",
    "mechanic",
    "nurse",
    "officer",
    "pilot",
    "president",
    "receptionist",
    "rep",
    "representative",
    "secretary",
    "sergeant",
    "specialist",
    "steward",
    "stewardess",
    "supervisor",
    "technician",
    "teller",
    "treasurer",
];
