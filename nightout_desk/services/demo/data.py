"""Names and places for the demo event: a real-sounding town and the variety of names a real town has."""

FAMILY_NAMES = [
    "Anderson", "García", "Nguyễn", "O'Brien", "Kowalski", "Müller", "Okafor", "Haddad", "Kim", "Patel", "Cohen",
    "Rossi", "Johansson", "Dubois", "Björk", "Łukasiewicz", "Żółw", "Søndergaard", "Nguyễn-O'Brien", "Martínez",
    "Hernández", "Smith", "Johnson", "Williams", "Brown", "Jones", "Davis", "Miller", "Wilson", "Moore", "Taylor",
    "Thomas", "Jackson", "White", "Harris", "Martin", "Thompson", "Robinson", "Clark", "Lewis", "Walker", "Young",
    "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell",
    "Roberts", "Carter", "Phillips", "Evans", "Turner", "Torres", "Parker", "Collins", "Edwards", "Stewart",
    "Flores", "Morris", "Murphy", "Rivera", "Cook", "Rogers", "Morgan", "Peterson", "Cooper", "Reed", "Bailey",
    "Bell", "Gómez", "Kelly", "Howard", "Ward", "Cox", "Díaz", "Richardson", "Wood", "Watson", "Brooks", "Bennett",
    "Gray", "James", "Reyes", "Cruz", "Hughes", "Price", "Myers", "Long", "Foster", "Sanders", "Ross", "Morales",
    "Powell", "Sullivan", "Russell", "Ortiz", "Jenkins", "Gutiérrez", "Perry", "Butler", "Barnes", "Fisher",
    "Henderson", "Coleman", "Simmons", "Patterson", "Jordan", "Reynolds", "Hamilton", "Graham", "Al-Sayed",
    "Chen", "Wang", "Li", "Zhang", "Liu", "Yamamoto", "Tanaka", "Park", "Choi", "Singh", "Kaur", "Shah", "Ivanova",
    "Petrov", "Novák", "Dvořák", "Horváth", "Nagy", "Papadopoulos", "Yılmaz", "Öztürk", "Mensah", "Abubakar",
    "Ndiaye", "Diallo", "Fernández", "Silva", "Santos", "Oliveira", "Costa", "Pereira", "Lefèvre", "Château",
    "Ó Súilleabháin", "MacLeod", "Van der Berg", "De Jong", "Jansen", "Nielsen", "Hansen", "Eriksson", "Virtanen",
]
FIRST_NAMES = [
    "Zoë", "Minh", "José", "María", "Liam", "Olivia", "Noah", "Emma", "Ava", "Sophia", "Mateo", "Lucía", "Chloé",
    "Amélie", "Søren", "Łukasz", "Zofia", "Björn", "Aoife", "Siobhán", "Chidi", "Ngozi", "Omar", "Layla", "Yusuf",
    "Fatima", "محمد", "Ji-woo", "Min-jun", "Priya", "Arjun", "Ananya", "Wei", "Mei", "Hiroshi", "Yuki", "Dmitri",
    "Anastasia", "Jakub", "Tereza", "Ayşe", "Mehmet", "Kwame", "Ama", "Renée", "François", "Inés", "João", "Gabriel",
    "Isabella", "Ethan", "Mia", "James", "Harper", "Benjamin", "Evelyn", "Lucas", "Abigail", "Henry", "Emily",
    "Alexander", "Elizabeth", "Daniel", "Sofia", "Michael", "Avery", "Jack", "Ella", "Owen", "Scarlett", "Leo",
    "Grace", "Samuel", "Nora", "David", "Riley", "Joseph", "Aria", "Carter", "Lily", "Wyatt", "Aubrey", "Luke",
    "Zoey", "Jayden", "Penelope", "Dylan", "Hannah", "Grayson", "Addison", "Levi", "Stella", "Isaac", "Natalie",
]
TOWN = "Riverside"
PARK = "Riverside Park, 200 River Rd"
NEIGHBOURHOODS = [
    ("Old Town", "12345"), ("Mill Creek", "12346"), ("Hillcrest", "12347"), ("Lakeview", "12348"),
    ("Cedar Heights", "12349"), ("Riverside Flats", "12350"), ("Oak Park", "12351"), ("Southgate", "12352"),
]
EMAIL_DOMAINS = ["example.org", "example.com", "mail.example.net"]
NOTES = ["", "", "", "", "", "Stroller", "Wheelchair user", "Grandparents visiting", "Allergic to peanuts",
         "Asked about the Explorer post", "First Night Out", "Bringing a neighbour"]
