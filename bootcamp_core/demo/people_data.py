"""Who is in the demo bootcamp: the named staff and demo learner, and pools for generated learners."""

from __future__ import annotations

from dataclasses import dataclass

DEMO_DOMAIN = "demo.fataplus.example"
DEMO_LEARNER_EMAIL = f"aina.rakoto@{DEMO_DOMAIN}"
DEMO_INSTRUCTOR_EMAIL = f"wanjiru.kamau@{DEMO_DOMAIN}"
DEMO_FACILITATOR_EMAIL = f"hery.andrianina@{DEMO_DOMAIN}"
DEMO_ADMIN_EMAIL = f"admin@{DEMO_DOMAIN}"
# The password the server's ``create-user`` / ``seed-demo`` sets for the demo accounts (it hashes it;
# nothing here stores it). Demo data only: never use it for a real account.
DEMO_PASSWORD = "bootcamp-demo"


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    timezone: str
    languages: tuple[str, ...]
    cities: tuple[tuple[str, str], ...]  # (city, region)
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    ip_prefixes: tuple[str, ...]  # realistic operator ranges, first two or three octets
    weight: float
    currency: str
    crops: tuple[str, ...]


COUNTRIES: tuple[Country, ...] = (
    Country(
        "MG",
        "Madagascar",
        "Indian/Antananarivo",
        ("mg", "fr"),
        (
            ("Antananarivo", "Analamanga"),
            ("Antsirabe", "Vakinankaratra"),
            ("Fianarantsoa", "Haute Matsiatra"),
            ("Toamasina", "Atsinanana"),
            ("Ambatondrazaka", "Alaotra-Mangoro"),
            ("Sambava", "Sava"),
        ),
        (
            "Aina",
            "Hery",
            "Tiana",
            "Fara",
            "Mialy",
            "Rivo",
            "Haja",
            "Nirina",
            "Voahangy",
            "Tojo",
            "Lova",
            "Andry",
            "Soa",
            "Fanja",
            "Mamy",
            "Ony",
        ),
        (
            "Rakoto",
            "Rasoanaivo",
            "Randrianarisoa",
            "Rakotomalala",
            "Andriamanalina",
            "Razafindrakoto",
            "Rabemananjara",
            "Ravelojaona",
            "Rasolofo",
            "Andrianjafy",
        ),
        ("41.188.", "154.126.", "102.16."),
        0.30,
        "MGA",
        ("rice", "vanilla", "maize", "dairy", "lychee"),
    ),
    Country(
        "KE",
        "Kenya",
        "Africa/Nairobi",
        ("en", "sw"),
        (
            ("Nairobi", "Nairobi County"),
            ("Nakuru", "Nakuru County"),
            ("Eldoret", "Uasin Gishu"),
            ("Kisumu", "Kisumu County"),
            ("Meru", "Meru County"),
            ("Kitale", "Trans-Nzoia"),
        ),
        (
            "Wanjiru",
            "Njeri",
            "Achieng",
            "Otieno",
            "Kamau",
            "Chebet",
            "Kiprono",
            "Mwangi",
            "Akinyi",
            "Wafula",
            "Nyambura",
            "Kibet",
        ),
        (
            "Kamau",
            "Odhiambo",
            "Mutua",
            "Kiptoo",
            "Wanjala",
            "Njoroge",
            "Ochieng",
            "Kariuki",
            "Cheruiyot",
            "Maina",
        ),
        ("41.90.", "105.160.", "197.232."),
        0.22,
        "KES",
        ("maize", "tea", "dairy", "beans", "avocado"),
    ),
    Country(
        "SN",
        "Senegal",
        "Africa/Dakar",
        ("fr", "wo"),
        (
            ("Dakar", "Dakar"),
            ("Thiès", "Thiès"),
            ("Kaolack", "Kaolack"),
            ("Saint-Louis", "Saint-Louis"),
            ("Ziguinchor", "Ziguinchor"),
        ),
        ("Moussa", "Awa", "Fatou", "Mamadou", "Aminata", "Ousmane", "Khady", "Cheikh", "Ndeye", "Ibrahima"),
        ("Diop", "Ndiaye", "Fall", "Sow", "Ba", "Sarr", "Faye", "Gueye", "Diallo", "Cisse"),
        ("41.82.", "154.124.", "196.207."),
        0.14,
        "XOF",
        ("groundnut", "millet", "onion", "rice"),
    ),
    Country(
        "GH",
        "Ghana",
        "Africa/Accra",
        ("en", "tw"),
        (
            ("Accra", "Greater Accra"),
            ("Kumasi", "Ashanti"),
            ("Tamale", "Northern"),
            ("Techiman", "Bono East"),
            ("Ho", "Volta"),
        ),
        ("Abena", "Kwame", "Akosua", "Kofi", "Ama", "Yaw", "Efua", "Kwabena", "Adwoa", "Kojo"),
        ("Mensah", "Owusu", "Boateng", "Asante", "Osei", "Agyeman", "Darko", "Addo", "Appiah", "Tetteh"),
        ("41.66.", "154.160.", "102.176."),
        0.12,
        "GHS",
        ("cocoa", "cassava", "maize", "yam"),
    ),
    Country(
        "NG",
        "Nigeria",
        "Africa/Lagos",
        ("en", "yo", "ha", "ig"),
        (
            ("Lagos", "Lagos"),
            ("Ibadan", "Oyo"),
            ("Kano", "Kano"),
            ("Kaduna", "Kaduna"),
            ("Enugu", "Enugu"),
            ("Jos", "Plateau"),
        ),
        (
            "Chiamaka",
            "Emeka",
            "Aisha",
            "Tunde",
            "Ngozi",
            "Ibrahim",
            "Funmilayo",
            "Chinedu",
            "Zainab",
            "Segun",
        ),
        ("Okafor", "Adeyemi", "Bello", "Eze", "Abubakar", "Ogunleye", "Nwosu", "Musa", "Balogun", "Okeke"),
        ("105.112.", "102.89.", "197.210."),
        0.12,
        "NGN",
        ("cassava", "rice", "sorghum", "tomato"),
    ),
    Country(
        "ET",
        "Ethiopia",
        "Africa/Addis_Ababa",
        ("am", "en", "om"),
        (
            ("Addis Ababa", "Addis Ababa"),
            ("Hawassa", "Sidama"),
            ("Bahir Dar", "Amhara"),
            ("Adama", "Oromia"),
            ("Jimma", "Oromia"),
        ),
        ("Selamawit", "Dawit", "Hanna", "Abebe", "Meron", "Tesfaye", "Liya", "Yonas", "Bethlehem", "Kebede"),
        (
            "Bekele",
            "Tesfaye",
            "Alemu",
            "Girma",
            "Haile",
            "Mekonnen",
            "Tadesse",
            "Wolde",
            "Getachew",
            "Assefa",
        ),
        ("196.188.", "196.189."),
        0.10,
        "ETB",
        ("coffee", "teff", "wheat", "enset"),
    ),
)
COUNTRY_BY_CODE = {c.code: c for c in COUNTRIES}


@dataclass(frozen=True)
class Person:
    key: str
    full_name: str
    email: str
    country: str
    city: int  # index into the country's cities
    roles: tuple[str, ...]
    design_level: str
    role_title: str
    bio: str
    years: int
    industry: str


STAFF: tuple[Person, ...] = (
    Person(
        "admin",
        "Miora Ranaivo",
        DEMO_ADMIN_EMAIL,
        "MG",
        0,
        ("admin",),
        "advanced",
        "Programme director",
        "Runs the Fataplus Bootcamp and its partnerships with cooperatives.",
        12,
        "agritech",
    ),
    Person(
        "wanjiru",
        "Wanjiru Kamau",
        DEMO_INSTRUCTOR_EMAIL,
        "KE",
        0,
        ("instructor",),
        "expert",
        "Lead instructor, agricultural UX",
        "Designed farm record apps used by dairy cooperatives in the Rift Valley for a decade.",
        14,
        "agritech",
    ),
    Person(
        "moussa",
        "Moussa Diop",
        f"moussa.diop@{DEMO_DOMAIN}",
        "SN",
        0,
        ("instructor",),
        "expert",
        "Instructor, service design",
        "Service designer for mobile money and input supply in the Sahel.",
        11,
        "fintech",
    ),
    Person(
        "abena",
        "Abena Owusu",
        f"abena.owusu@{DEMO_DOMAIN}",
        "GH",
        1,
        ("instructor", "learner"),
        "advanced",
        "Instructor, research methods",
        "Field researcher; built survey programmes with extension services in Ghana and Ethiopia.",
        9,
        "research",
    ),
    Person(
        "hery",
        "Hery Andrianina",
        DEMO_FACILITATOR_EMAIL,
        "MG",
        1,
        ("facilitator",),
        "advanced",
        "Workshop facilitator",
        "Runs in-person workshops in Antsirabe and the Alaotra basin, often offline.",
        7,
        "education",
    ),
)

DEMO_LEARNER = Person(
    "aina",
    "Aina Rakoto",
    DEMO_LEARNER_EMAIL,
    "MG",
    0,
    ("learner",),
    "intermediate",
    "Product designer",
    "Designer at an agritech start-up in Antananarivo; grew up on a rice farm near Ambatondrazaka.",
    3,
    "agritech",
)
ALUMNA = Person(  # a former learner who now assists in the workshop
    "tiana",
    "Tiana Rasolofo",
    f"tiana.rasolofo@{DEMO_DOMAIN}",
    "MG",
    1,
    ("learner",),
    "intermediate",
    "UX researcher",
    "Bootcamp alumna; assists in the paper-prototyping workshop.",
    4,
    "ngo",
)

JOB_TITLES = (
    ("Graphic designer", "media"),
    ("Agronomist", "agriculture"),
    ("Extension officer", "public sector"),
    ("Software developer", "software"),
    ("Cooperative manager", "agriculture"),
    ("UX designer", "agritech"),
    ("Student", "education"),
    ("Agribusiness founder", "agribusiness"),
    ("Product manager", "agritech"),
    ("Field researcher", "ngo"),
    ("Farmer", "agriculture"),
    ("Data analyst", "research"),
)
AGRI_ROLES = (
    "smallholder farmer",
    "family farm",
    "cooperative member",
    "agro-dealer",
    "extension work",
    "agri-processing",
    "none",
)
GOALS = (
    "Design tools that farmers in my region actually use",
    "Move from graphic design into product design",
    "Build a marketplace for my cooperative",
    "Learn field research methods",
    "Prepare a portfolio for agritech jobs",
    "Launch my own agribusiness app",
    "Improve the data collection of our NGO",
)
TOOLS = ("figma", "sketch", "adobe_xd", "miro", "kobotoolbox", "odk", "canva", "balsamiq")
DOMAINS = ("crop_management", "livestock", "marketplaces", "input_supply", "finance", "weather", "extension")
TEAM_NAMES = (
    "Baobab",
    "Sorghum",
    "Vary",
    "Mahindi",
    "Teff",
    "Cassava",
    "Moringa",
    "Zebu",
    "Shea",
    "Coffee",
    "Millet",
    "Lychee",
    "Sisal",
    "Tamarind",
    "Vanilla",
    "Yam",
)
