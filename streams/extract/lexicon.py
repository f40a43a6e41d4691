"""Language data, reviewed in one place: every word list the extraction rules use.

Rules elsewhere import these constants; none of them spell words of their own. All entries are
lower case unless stated. Multi-word cues are matched on word boundaries.
"""

from __future__ import annotations

import re

# --- numbers -------------------------------------------------------------------------------------

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
SCALE_ABBREVIATIONS = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
DOZEN_WORDS = {"dozen": 12}
FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.25}

# Quantities that never give a number ("dozens", "hundreds", "tens of thousands", "several").
VAGUE_QUANTITIES = frozenset(
    [
        "dozens",
        "hundreds",
        "thousands",
        "millions",
        "scores",
        "tens",
        "several",
        "many",
        "numerous",
        "some",
        "few",
    ]
)

# Qualifier words before a number -> schema qualifier.
QUALIFIERS_BEFORE: dict[str, str] = {
    "at least": "at_least",
    "a minimum of": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "more than": "more_than",
    "over": "more_than",
    "upwards of": "more_than",
    "in excess of": "more_than",
    "above": "more_than",
    "nearly": "approx",
    "almost": "approx",
    "about": "approx",
    "around": "approx",
    "roughly": "approx",
    "some": "approx",
    "approximately": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "close to": "approx",
    "about a": "approx",
    "up to": "up_to",
    "as many as": "up_to",
    "at most": "up_to",
    "fewer than": "up_to",
    "less than": "up_to",
    "a total of": "exact",
}
QUALIFIERS_AFTER: dict[str, str] = {"minimum": "at_least", "at least": "at_least", "or more": "at_least",
                                    "plus": "more_than"}  # fmt: skip
RANGE_JOINERS: tuple[str, ...] = (
    "to",
    "-",
    "–",
    "or",
    "and",
)  # "20 to 30", "20-30"; "and" only as "between 20 and 30"

# Words after a number that show it is not a count of people.
# Animals counted by raids and strikes ("39 cattle were killed"): no victims, unless they name the people who
# keep them ("cattle rustlers", "camel herders")
ANIMALS = frozenset(["cattle", "cows", "livestock", "goats", "sheep", "camels", "animals"])
NON_PERSON_UNITS = frozenset(
    [
        "battalion",  # "a jawan of 197 Battalion": a unit's number
        "battalions",
        "brigade",
        "brigades",
        "regiment",
        "regiments",
        "groups",
        "sides",
        "factions",
        "clans",
        "tribes",
        "parties",
        "countries",
        "nations",
        "settlements",
        "settlement",
        "sites",
        "camps",
        "shelters",
        "centres",
        "centers",
        "schools",
        "districts",
        "provinces",
        "percent",
        "per",
        "cent",
        "%",
        "km",
        "kilometres",
        "kilometers",
        "kilometre",
        "kilometer",
        "miles",
        "mile",
        "metres",
        "meters",
        "metre",
        "meter",
        "square",
        "sq",
        "hectares",
        "acres",
        "years",
        "year",
        "months",
        "month",
        "weeks",
        "week",
        "days",
        "day",
        "hours",
        "hour",
        "minutes",
        "minute",
        "seconds",
        "am",
        "pm",
        "a.m.",
        "p.m.",
        "gmt",
        "utc",
        "bombs",
        "bomb",
        "rockets",
        "rocket",
        "missiles",
        "missile",
        "shells",
        "shell",
        "drones",
        "drone",
        "airstrikes",
        "air",
        "strikes",
        "strike",
        "raids",
        "houses",
        "homes",
        "buildings",
        "vehicles",
        "trucks",
        "cars",
        "pickups",
        "tanks",
        "shops",
        "villages",
        "towns",
        "trucks",
        "dollars",
        "usd",
        "euros",
        "pounds",
        "tonnes",
        "tons",
        "kg",
        "kits",  # "more than 110,000 kits distributed to IDPs": relief items, no people
        "tents",
        "parcels",
        "litres",
        "liters",
        "caliber",
        "calibre",
        "mm",
        "times",
        # "two dozen head of cattle have also perished": animals, no people
        "head",
        *ANIMALS,
    ]
)

# --- people and sides ----------------------------------------------------------------------------

PERSON_NOUNS = frozenset(
    [
        *(
            "son",
            "daughter",
            "brother",
            "sister",
            "nephew",
            "nephews",
            "niece",
            "nieces",
            "cousin",
            "cousins",
        ),
        *("uncle", "uncles", "aunt", "aunts", "grandson", "grandsons", "granddaughter", "granddaughters"),
        *("grandfather", "grandmother", "grandchild"),
        *("councillor", "councillors", "councilor", "councilors", "legislator", "legislators", "senator"),
        *("senators", "prosecutor", "prosecutors", "candidate", "candidates", "corporal", "teen", "teens"),
        *("investigator", "investigators", "agent", "agents", "inspector", "inspectors", "staffers"),
        *("firefighter", "firefighters", "commissioner", "commissioners", "administrator", "administrators"),
        *("prefect", "prefects", "politician", "politicians"),
        *("pharmacist", "pharmacists", "midwife", "midwives", "surgeon", "surgeons", "businessman"),
        *("businessmen", "businesswoman", "carpenter", "carpenters", "mechanic", "mechanics", "tailor"),
        *("tailors", "schoolgirl", "schoolgirls", "schoolboy", "schoolboys", "policewoman", "policewomen"),
        # who leads a village or a council ("gunmen killed the chairman of the local council")
        *("chairman", "chairmen", "chairwoman", "headman", "headmen", "emir", "emirs", "ruler", "rulers"),
        "ranger",
        "rangers",
        "peacekeeper",
        "peacekeepers",
        "bodyguard",
        "bodyguards",
        "fisherman",
        "shepherds",
        "herdsman",
        "herdsmen",
        "hunter",
        "hunters",
        "pastor",
        "priest",
        "priests",
        "imam",
        "cleric",
        "clerics",
        "chief",
        "chiefs",
        "leader",
        "leaders",
        "official",
        "officials",
        "lawmaker",
        "lawmakers",
        "mayor",
        "governor",
        "minister",
        "judge",
        "judges",
        "lawyer",
        "lawyers",
        "activist",
        "activists",
        "reporter",
        "reporters",
        "photographer",
        "cameraman",
        "volunteer",
        "volunteers",
        "tribesmen",
        "tribesman",
        "inspector",
        "sergeant",
        "captain",
        "colonel",
        "guardsman",
        "cadet",
        "nun",
        "monk",
        "monks",
        "teacher",
        "doctor",
        "nurse",
        "baby",
        "infant",
        "toddler",
        "teenager",
        "youth",
        "mother",
        "father",
        "pilot",
        "sailor",
        "sailors",
        "marine",
        "marines",
        "contractor",
        "contractors",
        "engineer",
        "engineers",
        "labourer",
        "labourers",
        "laborers",
        "miner",
        "people",
        "persons",
        "person",
        "others",
        "other",
        "civilians",
        "civilian",
        "residents",
        "resident",
        "villagers",
        "villager",
        "soldiers",
        "soldier",
        "troops",
        "troop",
        "servicemen",
        "serviceman",
        "officers",
        "officer",
        "policemen",
        "policeman",
        "police",
        "personnel",
        "guards",
        "guard",
        "jawans",
        "jawan",
        "fighters",
        "fighter",
        "militants",
        "militant",
        "rebels",
        "rebel",
        "insurgents",
        "insurgent",
        "terrorists",
        "terrorist",
        "jihadists",
        "jihadist",
        "gunmen",
        "gunman",
        "attackers",
        "attacker",
        "assailants",
        "assailant",
        "bandits",
        "militiamen",
        "militiaman",
        "children",
        "child",
        "kids",
        "women",
        "woman",
        "men",
        "man",
        "girls",
        "girl",
        "boys",
        "boy",
        "students",
        "student",
        "worshippers",
        "pilgrims",
        "workers",
        "worker",
        "farmers",
        "farmer",
        "herders",
        "fishermen",
        "rustlers",  # "Eight Karimojong cattle rustlers have been killed"
        "rustler",
        # trades and callings a victim is named by ("two soldiers and a porter")
        "porter",
        "porters",
        "cook",
        "cooks",
        "merchant",
        "merchants",
        "vendor",
        "vendors",
        "shopkeeper",
        "shopkeepers",
        "laborer",
        "pupil",
        "paramedic",
        "medic",
        "rescuer",
        "rescuers",
        "tourist",
        "tourists",
        "employee",
        "watchman",
        "watchmen",
        "elder",
        "elders",
        "protester",
        "demonstrator",
        "passengers",
        "passenger",
        "journalists",
        "journalist",
        "doctors",
        "medics",
        "paramedics",
        "nurses",
        "staff",
        "members",
        "member",
        "elements",
        "element",
        "sons",
        "daughters",
        "wife",
        "wives",
        "husband",
        "brothers",
        "sisters",
        "relatives",
        "grandchildren",
        "dissidents",
        "guerrillas",
        "guerrilla",
        "gendarmes",
        "gendarme",
        "drivers",
        "driver",
        "motorcyclist",
        "shepherd",
        "herder",
        "trader",
        "vendors",
        "pilgrim",
        "worshipper",
        "employees",
        "protesters",
        "demonstrators",
        "refugees",
        "refugee",
        "migrants",
        "inhabitants",
        "families",
        "family",
        "households",
        "household",
        "victims",
        "victim",
        "individuals",
        "casualties",
        "bodies",
        "corpses",
        "infants",
        "babies",
        "teenagers",
        "youths",
        "elderly",
        "recruits",
        "commanders",
        "commander",
        "cadets",
        "conscripts",
        "mourners",
        "shoppers",
        "customers",
        "guests",
        "patients",
        "prisoners",
        "detainees",
        "inmates",
        "miners",
        "traders",
        "pupils",
        "teachers",
        "worshipers",
        "christians",
        "muslims",
        "non-muslims",
        "villages",
        # combatants the state counts ("three infiltrators were killed"), also in NON_STATE_COMBATANTS
        "infiltrators",
        "infiltrator",
        "operatives",
        "operative",
        "jihadis",
        "extremists",
        "extremist",
        "separatists",
        "separatist",
    ]
) - {"villages"}

# Victims that are enemy combatants when the figure comes from the state side.
NON_STATE_COMBATANTS = frozenset(
    [
        "dissidents",
        "guerrillas",
        "guerrilla",
        "cadres",
        "elements",
        "militants",
        "militant",
        "rebels",
        "rebel",
        "insurgents",
        "insurgent",
        "terrorists",
        "terrorist",
        "jihadists",
        "jihadist",
        "fighters",
        "fighter",
        "bandits",
        "gunmen",
        "attackers",
        "attacker",
        "assailants",
        "assailant",
        "extremists",
        "extremist",
        "separatists",
        "separatist",
        "infiltrators",
        "infiltrator",
        "operatives",
        "operative",
        "jihadis",
        "rustlers",  # "eight cattle rustlers were gunned down in a clash with the army"
        "rustler",
        "raiders",
    ]
)
STATE_FORCES = frozenset(
    [
        "soldiers",
        "soldier",
        "troops",
        "servicemen",
        "serviceman",
        "officers",
        "policemen",
        "police",
        "personnel",
        "guards",
        "army",
        "military",
        "forces",
        "recruits",
        "conscripts",
        "jawans",  # South Asian English for soldiers and constables ("two CRPF jawans were injured")
        "jawan",
    ]
)
# Ranks and titles that introduce someone speaking for a state's forces ("Captain Chris Cuenca").
STATE_TITLES = frozenset(
    ["captain", "capt", "colonel", "col", "major", "lieutenant", "lt", "general", "gen", "brigadier",
     "sergeant", "sgt", "commander", "spokesman", "spokesperson", "spokeswoman"]
)  # fmt: skip
# Who speaks for a state side / a non-state armed group (matched in the claimant text).
STATE_SOURCES = frozenset(
    [
        "army",
        "force",  # "the Nigerian Air Force", "the Joint Task Force"
        "military",
        "ministry",
        "minister",  # "about 15 assailants were killed, a minister said": a government speaks
        "government",
        "officials",
        "official",
        "police",
        "spokesman",
        "governor",
        "command",
        "forces",
        "defence",
        "defense",
        "security",
        "authorities",
        "junta",
        "regime",
        "troops",
        "navy",
        "coalition",  # "the Saudi-led coalition", "the US-led coalition": states' forces
        "ispr",  # Pakistan's Inter-Services Public Relations, the military's media wing
    ]
)
ARMED_GROUP_NAMES: tuple[str, ...] = (
    "al-shabaab", "al shabaab", "al-shabab", "shabab", "taliban", "boko haram", "islamic state", "isis",
    "isil", "iswap", "jnim", "al-qaeda", "al qaeda", "hamas", "hezbollah", "houthi", "houthis", "rsf",
    "rapid support forces", "m23", "adf", "pkk", "abu sayyaf", "militants", "rebels", "insurgents",
    "jihadists", "separatists", "the group", "armed group", "maoists", "naxalites", "naxals", "fdlr", "aqim",
    "farc", "codeco", "mai-mai", "splm-n", "spla-io", "splm-io", "eln", "ttp", "npa", "biff",
    "dawlah islamiyah", "maute",
)  # fmt: skip

# A lake named after a country, and the first-level regions on its shores: "the Lake Chad area" is in the
# region of whichever shore country the story tells of (reviewed: ISO 3166-2 codes)
LAKE_SHORE_REGIONS = {"Chad": ("TD-LC", "NG-BO", "NE-2", "CM-EN")}

# The country where an armed group fights, for stories that name no place we know (reviewed; groups active
# across borders, such as the Islamic State or JNIM, are left out)
GROUP_HOMES = {
    "boko haram": "NG", "al-shabaab": "SO", "al shabaab": "SO", "al-shabab": "SO", "m23": "CD",
    "rapid support forces": "SD", "houthi": "YE", "hezbollah": "LB", "hamas": "PS", "tehrik-e-taliban": "PK",
    "arakan army": "MM", "fano": "ET", "farc": "CO", "eln": "CO", "anglophone separatists": "CM",
    "ltte": "LK", "tamil tigers": "LK", "liberation tigers of tamil eelam": "LK", "abu sayyaf": "PH",
    "maute": "PH", "bangsamoro islamic freedom fighters": "PH", "new people's army": "PH",
    "tehreek-e-taliban": "PK", "baloch liberation army": "PK", "iswap": "NG", "ansaroul islam": "BF",
    "codeco": "CD", "fdlr": "CD", "splm-n": "SD", "splm-io": "SS", "spla-io": "SS", "tplf": "ET",
    "oromo liberation army": "ET", "janjaweed": "SD", "ambazonia": "CM", "naxalites": "IN", "naxals": "IN",
    "people's defence force": "MM", "people's defense force": "MM", "kachin independence army": "MM",
    "karen national union": "MM", "aqap": "YE", "gulf clan": "CO", "clan del golfo": "CO",
    "jalisco new generation cartel": "MX", "cjng": "MX", "sinaloa cartel": "MX", "viv ansanm": "HT",
    "400 mawozo": "HT", "syrian democratic forces": "SY",
}  # fmt: skip

# --- casualty and displacement roles ---------------------------------------------------------------

# Words after the number's noun phrase: "12 people were killed", "nine dead", "20 others wounded".
KILLED_AFTER = frozenset(
    [
        "killed",
        "butchered",
        "slaughtered",
        "dead",
        "deceased",  # "with at least 80 people deceased and over 18,000 displaced"
        "died",
        "die",
        "dying",
        "slain",
        "lynched",
        "murdered",
        "massacred",
        "executed",
        "perished",
        "succumbed",  # "two soldiers succumbed to their wounds"
        "deaths",
        "fatalities",
        "lives",
        "bodies",
        "corpses",
        "beheaded",
        "neutralised",
        "neutralized",
        "eliminated",
        "martyred",
    ]
)
WOUNDED_AFTER = frozenset(
    ["wounded", "injured", "hurt", "injuries", "wounds", "maimed", "hospitalised", "hospitalized", "burns"]
)
DISPLACED_AFTER = frozenset(
    [
        "displaced",
        "displace",
        "fled",
        "flee",
        "fleeing",
        "uprooted",
        "homeless",
        "evacuated",
        "refugees",
        "idps",
        "displacement",
    ]
)
# Words before the number: "killed 12", "killing of 37", "death toll at 22", "displaced 689,000".
KILLED_BEFORE = frozenset(
    [
        "killed",
        "killing",
        "killings",
        "kill",
        "kills",
        "slew",
        "slaying",
        "massacred",
        "massacre",
        "executed",
        "murdered",
        "murdering",
        "beheaded",
        "beheading",
        "martyred",
        "butchered",  # "insurgents butchered the ten people inside it"
        "butchering",
        "slaughtered",
        "slaughtering",
        "neutralising",
        "neutralizing",
        "neutralised",
        "neutralized",
        "neutralisation",  # "the neutralization of around a hundred terrorists"
        "neutralization",
        "eliminated",
        "toll",
        "dead",
        "deaths",
        "death",
    ]
)
WOUNDED_BEFORE = frozenset(
    ["wounded", "wounding", "injured", "injuring", "wounds", "injure", "wound", "hurt"]
)
DISPLACED_BEFORE = frozenset(
    ["displaced", "displacing", "uprooted", "uprooting", "forced", "forcing", "driven", "drove", "evacuated",
     "evacuating", "relocated"]
)  # fmt: skip
# "sustained injuries", "lost their lives", "were left homeless": verbs allowed between number and cue.
BRIDGE_WORDS = frozenset(
    [
        "were",
        "was",
        "have",
        "has",
        "had",
        "been",
        "being",
        "are",
        "is",
        "reportedly",
        "reported",
        "confirmed",
        "believed",
        "feared",
        "thought",
        "said",
        "later",
        "also",
        "so",
        "far",
        "since",
        "all",
        "subsequently",
        "sustained",
        "suffered",
        "left",
        "lost",
        "their",
        "lives",
        "who",
        "people",
        "persons",
        "others",
        "other",
        "including",
        "of",
        "the",
        "in",
        "to",
        "being",
        "from",
        "killed",
        "wounded",
    ]
)
# Words that stop a casualty reading: "dead or missing", "killed or kidnapped".
NOT_CASUALTY_CUES = frozenset(
    [
        "missing",
        "kidnapped",
        "abducted",
        "arrested",
        "detained",
        "captured",
        "held",
        "hostage",
        "hostages",
        "rescued",
        "freed",
        "released",
        "surrendered",
    ]
)
# Conditional or projected figures are not events.
PROJECTION_CUES: tuple[str, ...] = (
    "could see", "could be", "could reach", "could rise", "could flee", "may flee", "might flee",
    "would flee", "at risk of", "risk of", "expected to", "projected", "forecast", "threatens to",
    "could force", "could displace", "plan to", "planning to", "could",
    # "UNHCR is planning for the arrival of 5,000 refugees": a contingency, nobody has come yet
    "planning for", "preparing for", "contingency",
    # "Officials expect up to 50,000 more to flee in coming days"
    "expect up to", "expect as many as", "in coming days", "in the coming days", "in coming weeks",
    "in the coming weeks",
    # "their capacity only allows them to accommodate another 120,000 displaced people at most": room
    "to accommodate another", "can accommodate", "able to accommodate", "capacity to",
)  # fmt: skip
SUBSET_CUES: tuple[str, ...] = (
    "including", "included", "include", "includes", "among them", "among whom", "of whom", "of which",
    "of them", "among the dead", "such as", "among the victims", "among those killed", "among the casualties",
    "among the injured"
)  # fmt: skip

# Displacement stocks (cumulative) vs flows. Hosting verbs place a stock where people shelter.
# A stock said to be the whole country's: it keeps the country even in a story about one region.
COUNTRY_SCOPE_CUES: tuple[str, ...] = (
    "in the country", "across the country", "throughout the country", "all over the country",
    "the country's", "nationwide", "countrywide", "across the nation",
)  # fmt: skip
HOSTING_CUES: tuple[str, ...] = (
    "shelter", "shelters", "sheltering", "host", "hosts", "hosting", "live in", "living in",
    "camped", "are staying", "home to"
)  # fmt: skip
CUMULATIVE_CUES: tuple[str, ...] = (
    "since", "this year", "over the past", "in the past", "over the last", "in the last",
    "to date", "currently", "in total", "the war has", "the conflict has", "the fighting has",
    # the people displaced and still so, counted ("the number of displaced has reached 500,000")
    "remain displaced", "remained displaced", "still displaced", "number of displaced", "number of idps",
    "are internally displaced", "are displaced",
    "number of people displaced", "number of internally displaced", "total displaced",
    "has already", "have already", "had already",  # "had already displaced 100,000": a total so far
    "been registered", "has registered", "have registered",  # the displaced on the authorities' lists
    *HOSTING_CUES,
)  # fmt: skip
# Nouns of a displaced figure that make it a stock ("400,000 refugees", "300,000 IDPs").
STOCK_NOUNS = frozenset(["refugees", "idps", "internally"])
# Present-perfect displacement of at least this many people reads as a stock, not one incident.
CUMULATIVE_MIN_VALUE = 100_000
# ... and so does one of at least this many that names no episode it fled (an attack, fighting, days)
PERFECT_STOCK_MIN_VALUE = 50_000
FAMILY_UNITS = {"families": "families", "family": "families", "households": "households",
                "household": "households"}  # fmt: skip

# --- events -----------------------------------------------------------------------------------------

EVENT_TYPE_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("massacre", ("massacre", "massacred")),
    ("airstrike_drone", ("airstrike", "air strike", "air raid", "airstrikes", "air strikes", "drone",
                         "warplane", "jet", "aerial", "bombed", "bombing raid", "helicopter gunship",
                         "aircraft", "strike on", "strikes on", "israeli strike", "military strike")),
    ("bombing_explosion", ("car bomb", "suicide", "bomb", "explosion", "explosive", "blast", "ied",
                           "landmine", "mine", "grenade", "detonated", "bombing", "exploded")),
    ("shelling_artillery", ("shelling", "shelled", "artillery", "mortar", "rocket", "rockets", "shell",
                            "shells", "missile", "bombardment")),
    ("armed_clash", ("clash", "clashes", "clashed", "fighting", "battle", "battled", "ambush", "ambushed",
                     "firefight", "gun battle", "exchange of fire", "exchanged fire", "offensive",
                     "stormed", "attack on base", "base")),
    ("attack_on_civilians", ("gunmen", "village", "villagers", "civilians", "community", "residents",
                             "bandits", "attack on", "raid on", "shot", "opened fire", "camp", "camps")),
)  # fmt: skip
DISPLACEMENT_TYPE = "displacement"
DEFAULT_EVENT_TYPE = "other_violence"

# --- attribution and verification -----------------------------------------------------------------

ATTRIBUTION_VERBS: tuple[str, ...] = (
    "said", "says", "say", "told", "reported", "reports", "according to", "confirmed", "stated",
    "announced", "claimed", "claims", "put the death toll", "put the toll", "estimated", "estimates",
    "alleged", "added",
)  # fmt: skip
UNVERIFIABLE_CUES: tuple[str, ...] = (
    "could not be independently verified",
    "could not independently verify",
    "could not be verified",
    "not possible to verify",
    "impossible to verify",
    "cannot be independently confirmed",
    "could not be independently confirmed",
    "cannot be verified",
    "not be independently verified",
    "could not verify",
    "unable to verify",
    "unable to independently verify",
    "not independently verified",
    "unverified",
    "cannot be independently verified",
    "could not immediately verify",
    "could not be confirmed",
    "available to verify",
    "verify these claims",
    "verify the claim",
    "verify the claims",
    "independently verify",
    "no independent confirmation",
    "could not confirm the figure",
    "could not confirm the toll",
    "could not confirm the number",
    "cannot verify",
    "can not verify",
    "no independent verification",
    "could be independently confirmed",
    "could be independently verified",
    # "the killing of at least 19 people, which if confirmed would mark ...", "Authorities have yet to
    # confirm how many were killed"
    "if confirmed",
    "yet to confirm",
    "yet to be confirmed",
    "yet to be verified",
)  # fmt: skip  ("could be independently ..." after "None of the figures" or "Neither claim")
ONE_SIDED_VERBS: tuple[str, ...] = (
    "neutralised", "neutralized", "neutralising", "neutralizing", "neutralisation",
    "neutralization", "eliminated", "alleged",
    "claimed to have killed",
    "claim to have killed", "claims to have killed", "claimed it had killed",
    "claimed it killed", "claimed to have wounded"
)  # fmt: skip

# --- time -----------------------------------------------------------------------------------------

WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)  # fmt: skip
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
                       "sept": 9, "oct": 10, "nov": 11, "dec": 12}  # fmt: skip
# Cues that a figure belongs to an earlier incident mentioned for context.
BACKGROUND_CUES: tuple[str, ...] = (
    "a week earlier", "days earlier", "weeks earlier", "months earlier",
    "earlier this month",
    "earlier this year", "earlier this week",
    "earlier in the week", "earlier in the month",
    "last month", "last year", "last week's", "ago", "previous",
    "previously", "the attack follows", "follows the", "followed the",
    "last january", "last february", "last march", "last april", "last may", "last june", "last july",
    "last august", "last september", "last october", "last november", "last december", "a fortnight",
    "initially reported", "in an earlier", "it may be recalled", "it is recalled",
    "it will be recalled", "after hearing about", "after hearing of",
)  # fmt: skip
# For displacement flows, which last days or weeks, only cues of an older episode make them background.
FLOW_BACKGROUND_CUES: tuple[str, ...] = tuple(
    c
    for c in BACKGROUND_CUES
    if c
    not in (
        "last week",
        "last week's",
        "earlier this week",
        "a day earlier",
        "days earlier",
        "a week earlier",
    )
)
# "The attack comes a day after gunmen killed ...": the figure belongs to the earlier incident.
COMES_AFTER = re.compile(
    r"\b(?:comes?|came|coming)\s+(?:just\s+|only\s+|barely\s+|less\s+than\s+|more\s+than\s+|about\s+)?"
    r"(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+)?(?:hours?|days?|weeks?|months?)?\s*"
    r"(?:after|following)\b"
    r"|\b(?:happened|came|occurred|took\s+place)\s+(?:on\s+)?the\s+same\s+day\s+(?:that|as|when)\b"
    r"|\b(?:comes?|came|coming)\s+(?:just\s+|only\s+)?(?:within|less\s+than)\s+(?:a|an|one|two|three|\d+)\s+"
    r"(?:hours?|days?|weeks?)\s+(?:of|after)\b"
    # "A month after the massacre in which 160 villagers were killed, survivors remain in camps"
    # "That comes on top of more than 300 killed during a flare-up in March": an earlier toll added to
    r"|\b(?:comes?|came|coming)\s+on\s+top\s+of\b"
    r"|^\W*(?:a|one|two|three|four|five|six|several|\d+)\s+(?:weeks?|months?|years?)\s+after\s+the\s+"
    r"(?:\w+\s+){0,2}?(?:massacre|attack|attacks|killings|bombing|strike|raid|ambush|fighting|clashes)\b",
    re.IGNORECASE,
)
# "which is blamed for killing", "responsible for the deaths of": a group's record over its years
# (not "attackers responsible for killing six rangers Thursday": one day's incident)
BLAMED_FOR_KILLING = (
    r"\b(?:blamed|responsible)\s+for\s+(?:killing|the\s+deaths?\s+of)\b"
    rf"(?![^.;]{{0,60}}?\b(?:{'|'.join(WEEKDAYS)}|yesterday)\b)"
)
# A casualty figure counted over a stretch of time is a running total ("after nearly a month of
# clashes, the toll stood at 115"; "from 30 September to 4 October"; "a conflict that has left 3,000 dead").
PERIOD_TOTAL = re.compile(
    r"\b(?:after|in|during|over|within|throughout)\s+(?:nearly\s+|almost\s+|more\s+than\s+|about\s+|some\s+)?"
    r"(?:(?:a|one)\s+(?:months?|years?)|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:weeks?|months?|years?)"
    r"|(?:seven|eight|nine|ten|eleven|twelve|\d\d)\s+days)"
    r"\s+of\b"  # ("a week of clashes" is the clashes' own toll; "10 days of clashes" a campaign's)
    # ("... on ending the revolt that has killed more than 10,000 people", whatever day the sentence names)
    r"|\b(?:conflict|war|insurgency|violence|fighting|crisis|unrest|uprising|rebellion|revolt|revolution|campaign"
    # (not "violence that has not been seen for years": a comparison)
    r"|offensive)\s+(?:that|which)\s+(?:has|have|had)\b(?!\s+(?:not|never)\b)"
    # "nearly 7,500 people have been killed in the war that began on April 15": the war's toll
    r"|\b(?:war|conflict|insurgency|rebellion)\s+(?:that|which)\s+(?:began|started|erupted|broke\s+out)\b"
    r"|\b(?:overall|total|cumulative)\s+(?:death\s+)?toll\b.*\bthis\s+(?:week|month|year)\b"
    # "brings to 45 the number of civilians killed in the state this month" (or, in the clause after
    # ", taking the", "number of civilians killed this month to 60")
    r"|(?:\bthe\s+|^\W*)number\s+(?:of\s+|)(?:\w+\s+){0,3}?(?:killed|dead|deaths|wounded|injured)\b[^.;]{0,60}?"
    r"\b(?:this\s+(?:week|month|year)|so\s+far|to\s+date|since)\b"
    # "the sixth bombing in Peshawar in four months in which 77 people have been killed"
    r"|\bin\s+(?:the\s+(?:past|last)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+"
    r"(?:months|years)\s+(?:in\s+which|that|which)\b"
    r"|\b(?:spate|series|wave|string)\s+of\s+(?:\w+\s+)?(?:attacks|assaults|bombings|strikes|killings|raids)\s+"
    r"(?:that|which)\b"
    # "a series of assaults by the Taliban in Farah province over the past week have killed at least 38"
    r"|\b(?:spate|series|wave|string)\s+of\s+(?:\w+\s+)?(?:attacks|assaults|bombings|strikes|killings|raids)\b"
    r"[^.;]{0,80}?\b(?:have|has|had)\s+(?:killed|claimed|left|wounded|injured)\b"
    # "by the end of the month, the fighting had already killed 300": a total so far
    r"|\b(?:has|have|had)\s+already\s+(?:killed|claimed|left|wounded|injured)\b"
    # "Boko Haram, which is blamed for killing at least 20,000 people": a group's toll over its years
    rf"|{BLAMED_FOR_KILLING}"
    # "the Maoist leader, who is blamed for 31,300 deaths": a leader's or a group's toll over the years
    r"|\b(?:blamed|responsible)\s+for\s+(?:more\s+than\s+|at\s+least\s+|some\s+|about\s+|nearly\s+|over\s+)?"
    r"\d[\d,.]*\s+(?:million\s+)?deaths\b"
    # "With at least 685 members of security forces losing their lives ..., 2024 turned out to be the
    # deadliest year": a year's total
    r"|\b(?:deadliest|bloodiest|most\s+violent)\s+(?:year|month)\b"
    r"|\b(?:from|between)\s+(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december)(?:\s+\d{1,2})?\s+(?:to|until|through|and)\s+",
    re.IGNORECASE,
)
# An incident dated this many days or more before publication is background.
BACKGROUND_AFTER_DAYS = 14
# An incident given a calendar date ('on April 12') this many days before publication is background:
# the lead's incident two weeks on (a late report is still the news), a later one's from three days on,
DATED_BACKGROUND_AFTER_DAYS = 14
DATED_LATER_BACKGROUND_AFTER_DAYS = 3
# ... and an attack listed in a roundup ('three attacks this week'), or a toll dated by the sentence
# before it, a week on.
ROUNDUP_BACKGROUND_AFTER_DAYS = 7
# An incident this many days before the lead's, told after it, is background ('on Thursday' after Saturday's).
EARLIER_THAN_LEAD_DAYS = 2
# Conflict-wide cumulative death tolls are background.
CUMULATIVE_TOLL_CUES: tuple[str, ...] = (
    "since", "so far this year", "over the past", "in the past", "this year", "to date", "the war has",
    "the conflict has", "the violence has", "civil war", "over the last", "in conflicts", "the war, ",
    "first half of", "first six months", "first three months", "first nine months", "first quarter",
)  # fmt: skip
SEPARATE_INCIDENT_CUES: tuple[str, ...] = (
    "separately",
    "meanwhile",
    "in another",
    "elsewhere",
    "in a separate",
    "also in",
    "a new attack",
    "another attack",
    "another assault",
    # "Another strike hit a motorcycle in the town of Yuhmor, killing one person", after a drone raid's one
    "another strike",
    "another air strike",
    "another airstrike",
    "another drone strike",
    "another raid",
    "another ambush",
    # "a third encounter took place in Mohmand district", "a second operation"
    *(
        f"a {order} {noun}"
        for order in ("second", "third", "fourth", "fifth")
        for noun in (
            "attack",
            "assault",
            "encounter",
            "operation",
            "clash",
            "raid",
            "ambush",
            "incident",
            "battle",
        )
    ),
)  # fmt: skip  (not "a second bomb" nor "blast": twin blasts are often one attack, told bomb by bomb)
TOLL_REVISION_CUES: tuple[str, ...] = (
    "rose to", "risen to", "climbed to", "increased to", "jumped to", "revised up to",
    "final death toll", "final toll", "updated toll", "updated death toll",
    "new toll", "toll is now", "toll now stands", "toll has since", "has since risen",
    "has since climbed", "later said", "later put", "bringing the toll to",
    "bringing the death toll to", "taking the toll to", "taking the death toll to",
    "raising the toll to", "raising the death toll to", "pushing the death toll to",
    "brought the toll to", "brought the death toll to"
)  # fmt: skip
# A total told after its parts ("In all, 12 soldiers died"): the sum of the counts before, or the one
# incident's count revised
TOTAL_CUES: tuple[str, ...] = ("in all", "in total", "altogether", "a total of")
SUPERSEDED_CUES: tuple[str, ...] = (
    "initially reported", "initial toll", "earlier reported", "first reported",
    "initial estimate", "initial estimates", "initially killed", "initially left",
    "initially said", "initially put", "initially gave", "initial count",
    "earlier reports said", "earlier reports claimed", "earlier reports put", "initial reports said",
    "initial reports claimed", "initial reports put",
)  # fmt: skip
# A sentence that says an earlier report follows ("Earlier reports said ...", "The attack had been
# previously disclosed by a military source"): the lower count told after it is that report's.
EARLIER_REPORT_CUES: tuple[str, ...] = (
    "earlier report", "earlier reports", "previously disclosed", "previously reported",
    "initially reported", "earlier reported", "first reported", "initial report",
    "initial reports"
)  # fmt: skip
# Words just before a number that make it an earlier count of the same incident ("after earlier
# reporting two were killed"): superseded within the sentence.
SUPERSEDED_BEFORE = re.compile(
    r"\b(?:earlier|initially|previously|first)\s+(?:reporting|reported|said|saying|put|gave|giving)"
    r"(?:\s+(?:that|the toll at|the death toll at))?\s*$"
    r"|\b(?:previous|earlier|initial|preliminary|first)\s+(?:death\s+)?(?:toll|count|tally|figure)\s+(?:of|at)\s+$"
    # "Initial reports had five dead but the death toll steadily climbed"
    r"|\b(?:initial|earlier|first|preliminary)\s+reports?\s+(?:had|said|gave|put|showed)\s+$",
    re.IGNORECASE,
)
# "killed 39, almost doubling the previous death toll of 20": the earlier count names no earlier incident
SUPERSEDED_TOLL = re.compile(
    r"\b(?:the\s+)?(?:previous|earlier|initial|preliminary|first)\s+(?:death\s+)?(?:toll|count|tally|figure)\s+"
    r"(?:of|at)\s+[\d,.]+",
    re.IGNORECASE,
)
# A figure that adds to a total given in the same sentence ("an additional 13 deaths ..., taking
# the toll to 59"): the increment is part of the total, not an incident of its own.
INCREMENT_WORDS = frozenset(["additional", "further", "another", "more"])
# Verbs that carry a toll to its new value: "the toll rose to 12", "taking the total to 59".
TOLL_TO_VERBS = frozenset(
    ["rose", "risen", "climbed", "increased", "jumped", "reached", "rises", "climbs", "bringing", "brings",
     "brought", "taking", "takes", "took", "raising", "raised", "hit", "hits", "stood", "stands", "stand",
     "remained", "remains", "put", "puts", "placed", "places", "revised", "revises", "lowered", "lowers",
     "updated", "updates", "estimated", "estimates"]
)  # fmt: skip
# Nouns that say what a toll counts, looked for before "rose to N".
TOLL_NOUNS_KILLED = frozenset(["toll", "death", "deaths", "dead", "fatalities", "killed"])
TOLL_NOUNS_WOUNDED = frozenset(["injured", "wounded", "injuries"])

# --- places ---------------------------------------------------------------------------------------

REGION_UNIT_WORDS = frozenset(
    [
        "province",
        "provinces",
        "state",
        "states",
        "region",
        "regions",
        "governorate",
        "governorates",
        "county",
        "counties",
        "oblast",
        "district",
        "department",
        "prefecture",
        "division",
    ]
)
# Words after a second-level unit's name ("Gwoza local government area", "Rutshuru territory", "Masisi
# district"): the name is looked up among the districts (GeoNames admin2 units) when no first-level
# region has it. Only these words ask for a district; a region unit word that is not here ("state",
# "governorate", "oblast") never does.
DISTRICT_UNIT_WORDS = frozenset(
    ["district", "county", "department", "prefecture", "division", "province", "territory", "lga",
     "local government area", "local government", "municipality", "commune", "cercle", "woreda",
     "tehsil", "rayon", "raion", "zone", "sub-county", "subcounty", "regency", "township"]
)  # fmt: skip
DIRECTIONAL_WORDS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "north-eastern",
        "north-western",
        "south-eastern",
        "south-western",
        "central",
        "far",
    ]
)
CAMP_WORDS = frozenset(["camp", "camps"])
# A capitalised name right after one of these (and a full stop or comma) is a person ("spokesman Ali",
# "Gen. Ali", "said, Ali"), not a place. Matched case-insensitively, also at the end of a longer word.
PERSON_CONTEXT_WORDS: tuple[str, ...] = (
    "spokesman", "spokesperson", "officer", "commander", "mayor", "governor", "minister", "president",
    "chief", "leader", "envoy", "named", "identified as", "correspondent", "mr", "mrs", "ms", "dr", "gen",
    "col", "gov", "sheikh", "imam", "colonel", "general", "said", "told",
)  # fmt: skip
# A country named right after one of these is a party, not the place ("airstrikes by the Syrian regime along
# with Russia", "rebels backed by Iran", "troops from Uganda"); "from <these> in X" too ("soldiers who
# had returned from training in Eritrea").
ACTOR_COUNTRY_BEFORE: tuple[str, ...] = ("with", "alongside", "by", "from", "between", "against")
AWAY_ACTIVITIES: tuple[str, ...] = (
    "training",
    "fighting",
    "studying",
    "working",
    "exile",
    "studies",
    "deployment",
    "duty",
)
# ... unless the sentence tells of people fleeing, where "from X" is where they fled ("refugees from Sudan").
FLIGHT_WORDS = frozenset(
    [*DISPLACED_AFTER, *DISPLACED_BEFORE, "arrived", "arriving", "arrivals", "crossed", "crossing", "escaped",
     "escaping", "refugee", "exodus", "returnees", "deported", "expelled"]
)  # fmt: skip
# A capitalised name followed by one of these is an organisation, not a place ("Mindanao Command").
ORGANISATION_WORDS = frozenset(
    [
        "ethnic",
        "tribe",
        "tribes",
        "tribesmen",
        "clan",
        "clans",
        "command",
        "forces",
        "force",
        "army",
        "police",
        "university",
        "council",
        "agency",
        "observatory",
        "ministry",
        "association",
        "organisation",
        "organization",
        "committee",
        "commission",
        "front",
        "movement",
        "party",
        "brigade",
        "brigades",
        "battalion",
        "division",
        "corps",
        "television",
        "tv",
        "radio",
        "network",
        "news",
        "times",
        "post",
        "mission",
        "office",
        "group",
        "guard",
    ]
)
# Capitalised words never read as places.
NOT_PLACES = frozenset(
    [
        "far",  # ("Far off villagers have since ...": a sentence's first word, no short name of Fargo)
        "not",  # ("Not less than 12 persons were killed": a sentence's first word, no hamlet of that name)
        "just",  # (and the other words that open sentences and name hamlets abroad: "Just", "Still", ...)
        "still",
        "yet",
        "out",
        "off",
        "save",  # ("Save the Children": the charity, no town of Benin)
        # news agencies named in datelines, "(Xinhua) --", that GeoNames holds as hamlets
        "xinhua",
        "tass",
        "ansa",
        "pana",
        "kuna",
        "irna",
        "mena",
        "barangay",
        "village",
        "town",
        "city",
        "airport",
        "hospital",
        "port",
        "base",
        "market",
        "mosque",
        "church",
        "school",
        "camp",
        "bridge",
        "road",
        "highway",
        "border",
        "commissioner",
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "in",
        "on",
        "at",
        "of",
        "for",
        "by",
        "with",
        "from",
        "to",
        "as",
        "after",
        "before",
        "during",
        "since",
        "while",
        "when",
        "where",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "president",
        "minister",
        "ministry",
        "army",
        "police",
        "government",
        "official",
        "officials",
        "spokesman",
        "spokesperson",
        "reuters",
        "afp",
        "ap",
        "associated",
        "press",
        "agency",
        "news",
        "said",
        "according",
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "his",
        "her",
        "their",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "un",
        "u.n.",
        "united",
        "nations",
        "security",
        "council",
        "human",
        "rights",
        "watch",
        "state",
        "islamic",
        "observatory",
        "red",
        "cross",
        "crescent",
        "office",
        "coordination",
        "humanitarian",
        "affairs",
        "general",
        "national",
        "emergency",
        "management",
        "mayor",
        "governor",
        "prime",
        "commander",
        "military",
        "forces",
        "force",
        "group",
        "groups",
        "chief",
        "deputy",
        "international",
        "media",
        "television",
        "channel",
        "radio",
        "agency",
        "islam",
        "muslim",
        "christian",
        "christians",
        "muslims",
        "sunni",
        "shiite",
        "shia",
        "jihadist",
        "jihadists",
        "rebel",
        "rebels",
        "sheikh",
        "dr",
        "mr",
        "mrs",
        "ms",
        "colonel",
        "gen",
        "general",
        "captain",
        "major",
        "lieutenant",
        "sergeant",
        "read",
        "also",
        "more",
        "most",
        "many",
        "several",
        "some",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "god",
        "allah",
        "ramadan",
        "eid",
        "christmas",
        "easter",
        "friday",
        "prayers",
        "world",
        "bank",
        "europe",
        "africa",
        "asia",
        "america",
        "middle",
        "east",
        "west",
        "east",
        "north",
        "south",
        "central",
    ]
)

# Country names and demonyms beyond ISO names (reviewed).
EXTRA_COUNTRY_NAMES: dict[str, str] = {
    "Syria": "SY", "Iran": "IR", "Russia": "RU", "South Korea": "KR", "North Korea": "KP", "Laos": "LA",
    "Vietnam": "VN", "Bolivia": "BO", "Venezuela": "VE", "Tanzania": "TZ", "Moldova": "MD",
    "DR Congo": "CD", "DRC": "CD", "Congo": "CD", "Democratic Republic of Congo": "CD",
    "Democratic Republic of the Congo": "CD", "Congo-Kinshasa": "CD", "Congo-Brazzaville": "CG",
    "Republic of Congo": "CG", "Ivory Coast": "CI", "Cote d'Ivoire": "CI", "CAR": "CF",
    "Central African Republic": "CF", "Palestine": "PS", "Gaza Strip": "PS", "Gaza": "PS", "West Bank": "PS",
    "Burma": "MM", "Myanmar": "MM", "Turkey": "TR", "Türkiye": "TR", "UK": "GB", "Britain": "GB",
    "U.S.": "US", "US": "US", "USA": "US", "United States": "US", "America": "US", "UAE": "AE",
    "Czech Republic": "CZ", "Macedonia": "MK", "Swaziland": "SZ", "Cape Verde": "CV", "East Timor": "TL",
    "Micronesia": "FM", "Vatican": "VA", "Kosovo": "XK", "Taiwan": "TW", "Brunei": "BN",
    "South Sudan": "SS", "Sudan": "SD", "Somaliland": "SO", "Darfur": "SD", "Kurdistan": "IQ",
    "Nagorno-Karabakh": "AZ", "Karabakh": "AZ", "Donbas": "UA", "Donbass": "UA", "Catatumbo": "CO",
    "Sinai Peninsula": "EG", "Burkina": "BF", "Bosnia": "BA", "Kordofan": "SD", "Puntland": "SO",
    "Kivus": "CD", "South Ossetia": "GE", "Transnistria": "MD",
}  # fmt: skip
DEMONYMS: dict[str, str] = {
    "South Ossetian": "GE",
    "Afghan": "AF", "Algerian": "DZ", "Angolan": "AO", "Armenian": "AM", "Azerbaijani": "AZ",
    "Bangladeshi": "BD", "Beninese": "BJ", "Burkinabe": "BF", "Burkinabè": "BF", "Burundian": "BI",
    "Cameroonian": "CM", "Central African": "CF", "Chadian": "TD", "Chinese": "CN", "Colombian": "CO",
    "Congolese": "CD", "Egyptian": "EG", "Eritrean": "ER", "Ethiopian": "ET", "Filipino": "PH",
    "Philippine": "PH", "Georgian": "GE", "Ghanaian": "GH", "Guinean": "GN", "Haitian": "HT",
    "Indian": "IN", "Indonesian": "ID", "Iranian": "IR", "Iraqi": "IQ", "Israeli": "IL",
    "Ivorian": "CI", "Jordanian": "JO", "Kenyan": "KE", "Kurdish": "IQ", "Lebanese": "LB",
    "Libyan": "LY", "Malian": "ML", "Mauritanian": "MR", "Mexican": "MX", "Moroccan": "MA",
    "Mozambican": "MZ", "Burmese": "MM", "Nepali": "NP", "Nigerien": "NE", "Nigerian": "NG",
    "Pakistani": "PK", "Palestinian": "PS", "Russian": "RU", "Rwandan": "RW", "Saudi": "SA",
    "Senegalese": "SN", "Somali": "SO", "South Sudanese": "SS", "Sudanese": "SD", "Syrian": "SY",
    "Tunisian": "TN", "Turkish": "TR", "Ugandan": "UG", "Ukrainian": "UA", "Venezuelan": "VE",
    "Yemeni": "YE", "Zimbabwean": "ZW", "Brazilian": "BR", "Peruvian": "PE", "Salvadoran": "SV",
    "Honduran": "HN", "Guatemalan": "GT", "Thai": "TH", "Tanzanian": "TZ", "Togolese": "TG",
    "Zambian": "ZM", "Mozambique's": "MZ", "Beninois": "BJ", "Sri Lankan": "LK", "Bahraini": "BH",
    "Kuwaiti": "KW", "Qatari": "QA", "Emirati": "AE", "Omani": "OM", "Tajik": "TJ", "Kyrgyz": "KG",
    "Uzbek": "UZ", "Azeri": "AZ", "Gazan": "PS", "Darfuri": "SD", "Tigrayan": "ET", "Rohingya": "MM",
}  # fmt: skip


# --- conflict relevance ----------------------------------------------------------------------------

# An article must speak of organised violence for its figures to be conflict events.
VIOLENCE_CUES: tuple[str, ...] = (
    "attack", "attacks", "attacked", "attackers", "clash", "clashes", "skirmish", "skirmishes", "fighting",
    "fighters", "militants",
    "militia", "rebels", "insurgents", "gunmen", "bandits", "jihadists", "terrorists", "troops", "soldiers",
    "army", "military", "airstrike", "airstrikes", "air strike", "air strikes", "drone", "shelling",
    "artillery", "bomb", "bombing", "bomber", "explosion", "blast", "suicide", "ambush", "raid", "offensive",
    "war", "conflict", "violence", "massacre", "shot", "gunfire", "armed", "killed by", "shooting",
    "missile", "rocket", "mortar", "insurgency", "coup", "police", "security forces", "strike", "strikes",
    "struck", "bombardment", "bombarding", "bombed", "shelled", "gunman", "stormed", "killing", "killings",
    # the parties and arms of a war's communiqués ("its forces killed 140 servicemen")
    "forces", "servicemen", "serviceman", "service members", "combatants", "militiamen", "paramilitaries",
    "battle", "battles", "assault", "hostilities", "grenade", "landmine", "sniper", "warplanes", "warplane",
    # organised crime's wars ("a cartel feud", "gang violence")
    "cartel", "cartels", "gang", "gangs", "feud", "gunfight", "firefight", "crossfire",
    # the plurals of arms and attacks ("Ukrainian drones killed a woman"), and settlers' raids
    "drones", "missiles", "rockets", "bombs", "bombers", "blasts", "explosions", "raids", "ambushes",
    "mortars", "grenades", "landmines", "snipers", "gunshots", "settler", "settlers",
    # the singulars, and roadside bombs and peacekeepers ("their convoy hit an IED")
    "militant", "rebel", "insurgent", "jihadist", "terrorist", "bandit", "fighter", "soldier", "ied", "ieds",
    "explosive", "explosives", "exploded", "detonated", "peacekeeper", "peacekeepers",
    "stabbing", "stabbed", "beheaded", "executed", "abducted", "kidnapped",
    # shells and other arms by name ("a shell hit their home", "hacked with machetes")
    "shell", "shells", "shellfire", "shrapnel", "munition", "munitions", "machete", "machetes", "gunshot",
    "shootout", "torched", "siege",
    # who kills in communal and criminal violence ("suspected herders killed 30 villagers")
    "herders", "herdsmen", "vigilantes", "vigilante", "assailants", "assailant", "kidnappers", "raiders",
    "cultists", "mob", "lynched", "paramilitary",
    # an exodus told by the words of forced flight ("2,906 forcibly displaced persons have arrived")
    "forcibly displaced", "ethnic cleansing",
)  # fmt: skip
# Violent acts (not mere actors such as "police"): a sentence naming one is about violence.
VIOLENT_ACTS: tuple[str, ...] = (
    "attack", "attacks", "attacked", "clash", "clashes", "fighting", "airstrike", "airstrikes", "air strike",
    "air strikes", "drone", "shelling", "artillery", "bomb", "bombing", "bomber", "explosion", "blast",
    "suicide", "ambush", "raid", "offensive", "massacre", "shot", "gunfire", "gunmen", "shooting",
    "missile", "rocket", "mortar", "militants", "rebels", "insurgents", "bandits", "jihadists",
    "violence", "war", "conflict", "fighters", "strike", "strikes", "struck", "bombed", "shelled",
)  # fmt: skip
# Deaths and displacement from these causes are not conflict events.
NON_CONFLICT_CUES: tuple[str, ...] = (
    "accident", "crash", "crashed", "collision", "collided", "flood", "floods", "flooding", "earthquake",
    "landslide", "cyclone",
    "hurricane", "storm", "drought", "wildfire", "fire broke out", "cholera", "epidemic", "plunged",
    "ravine", "overturned", "derailed", "skidded", "lightning", "building collapse", "collapsed",
    "pandemic", "covid", "disease", "heatwave", "stampede", "capsized", "drowned", "famine",
)  # fmt: skip
