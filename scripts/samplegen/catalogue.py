"""Invented council measures, priorities and people (plausible, not copied from real reports)."""
from collections import namedtuple

Priority = namedtuple("Priority", "pid title intro")
MeasureDef = namedtuple("MeasureDef", "mid title unit style target better topic")
# style: int | dec2 | pct | money ; better: up | down | none (monitoring only)

PRIORITIES = [
    Priority("OCC01", "Put action to address the climate emergency at the heart of our work", [
        "We will lead by example, cutting the carbon emissions of our own estate and fleet and helping "
        "residents and businesses to do the same.",
        "Our planning and environmental decisions will put climate action and community resilience first."]),
    Priority("OCC02", "Tackle inequalities in Oxfordshire", [
        "We will work with partners and local communities to narrow gaps in health, education and income, "
        "focusing on the places and people in greatest need.",
        "We will support digital inclusion so that every resident can reach our services, and keep "
        "alternatives open for those who cannot go online."]),
    Priority("OCC03", "Prioritise the health and wellbeing of residents", [
        "With the health and wellbeing board we will commission services that help residents stay well, "
        "active and connected to their communities."]),
    Priority("OCC04", "Support carers and the social care system", [
        "We will press nationally for a fair and sustainable settlement for adult social care.",
        "Locally we will support unpaid carers, including young carers, and help people to live "
        "independently for as long as they wish.",
        "We will work across the health and care system so that people leave hospital quickly and safely."]),
    Priority("OCC05", "Invest in an inclusive, integrated and sustainable transport network", [
        "We will maintain and improve roads, footways and cycle routes, and make public transport a "
        "realistic choice for more journeys."]),
    Priority("OCC06", "Preserve and improve access to nature and green spaces", [
        "We will protect and extend habitats, plant trees and widen access to the countryside for all residents."]),
    Priority("OCC07", "Create opportunities for children and young people to reach their full potential", [
        "We will keep children safe, support families early, and make sure children with special "
        "educational needs get the right help at the right time.",
        "We will listen to young people and involve them in decisions that affect them."]),
    Priority("OCC08", "Play our part in a vibrant and participatory local democracy", [
        "We will make it easier for residents to take part in decisions and to hold the council to account."]),
    Priority("OCC09", "Work with local businesses and partners for environmental, economic and social benefit", [
        "We will support a green and inclusive local economy, skills for local people and innovation."]),
    Priority("OCC10", "Running the business: customer experience", [
        "Measures for the Customer Service Centre, complaints and information requests."]),
    Priority("OCC11", "Running the business: finance", [
        "Measures taken from the council's Financial Strategy: budget, savings, balances and debt."]),
]
PRIORITY = {p.pid: p for p in PRIORITIES}

M = MeasureDef
MEASURES = [
    M("OCC01.01", "Number of council buildings fitted with solar panels or heat pumps", "#", "int", 4, "up", "decarbonisation"),
    M("OCC01.03", "Tonnes of CO2 emitted by the council's own estate and fleet", "#", "dec2", 820, "down", "carbon"),
    M("OCC01.04", "Number of public electric vehicle charge points installed in residential streets", "#", "int", 35, "up", "charging"),
    M("OCC01.06", "Total % of household waste which is reused, recycled or composted", "%", "pct", 61.5, "up", "waste"),
    M("OCC01.08", "Kg of residual household waste collected per household", "#", "dec2", 39.5, "down", "waste"),
    M("OCC01.11", "Number of street lanterns converted to LED this year", "#", "int", 1600, "up", "lighting"),
    M("OCC02.02", "Number of active library members (borrowed at least one item in the year)", "#", "int", 64000, "up", "libraries"),
    M("OCC02.05", "Hours of free public computer use in libraries", "#", "int", 6500, "up", "digital"),
    M("OCC02.06", "Number of residents supported through the household support fund", "#", "int", 2400, "up", "hardship"),
    M("OCC02.08", "Visits to museums and the history centre (in person)", "#", "int", 8200, "up", "heritage"),
    M("OCC02.09", "Number of warm welcome sessions held in community venues", "#", "int", 140, "up", "hardship"),
    M("OCC03.01", "Number of people completing a stop smoking programme", "#", "int", 210, "up", "public health"),
    M("OCC03.04", "Uptake of NHS health checks by eligible residents", "%", "pct", 48.0, "up", "public health"),
    M("OCC03.07", "Number of library loans (books, audio, e-books)", "#", "int", 290000, "up", "libraries"),
    M("OCC03.10", "Conversations recorded under the healthy lives library offer", "#", "int", 420, "up", "public health"),
    M("OCC03.12", "Number of adults completing a tier 2 weight management course", "#", "int", 95, "up", "public health"),
    M("OCC04.02", "% of people still at home 91 days after discharge into reablement", "%", "pct", 82.0, "up", "reablement"),
    M("OCC04.03", "% of safeguarding enquiries where the person's desired outcomes were met", "%", "pct", 90.0, "up", "safeguarding"),
    M("OCC04.06", "Number of unpaid carers assessed or reviewed in the month", "#", "int", 540, "none", "carers"),
    M("OCC04.08", "Adults aged 65+ (per 100,000) permanently admitted to care homes", "#", "dec2", 440.0, "down", "care homes"),
    M("OCC04.09", "Hours of home care purchased per week", "#", "int", 31000, "none", "home care"),
    M("OCC04.11", "% of adult social care assessments completed within 28 days", "%", "pct", 75.0, "up", "assessments"),
    M("OCC05.01", "% of category 1 highway defects repaired within 24 hours", "%", "pct", 95.0, "up", "highways"),
    M("OCC05.02", "Kilometres of carriageway resurfaced or surface dressed", "km", "dec2", 18.0, "up", "highways"),
    M("OCC05.04", "Bus passenger journeys on supported routes", "#", "int", 410000, "up", "buses"),
    M("OCC05.05", "Number of school streets schemes in operation", "#", "int", 12, "up", "active travel"),
    M("OCC05.08", "Delivery of the countywide cycle network programme", "#", "text", 0, "up", "active travel"),
    M("OCC05.09", "% of streetworks permits processed within timescale", "%", "pct", 97.0, "up", "streetworks"),
    M("OCC06.01", "Number of trees planted on council land", "#", "int", 3000, "up", "trees"),
    M("OCC06.03", "% of public rights of way easy to use", "%", "pct", 80.0, "up", "rights of way"),
    M("OCC06.04", "Hectares of council land managed for nature recovery", "#", "dec2", 120.0, "up", "nature"),
    M("OCC06.05", "Number of volunteer days on countryside sites", "#", "int", 260, "up", "nature"),
    M("OCC07.01", "Number of contacts to the multi-agency safeguarding hub", "#", "int", 2600, "none", "safeguarding"),
    M("OCC07.03", "% of children's social care assessments completed within 45 days", "%", "pct", 85.0, "up", "assessments"),
    M("OCC07.04", "Number of children we care for placed with in-house foster carers", "#", "int", 240, "up", "fostering"),
    M("OCC07.06", "% of new Education, Health and Care Plans issued within 20 weeks", "%", "pct", 60.0, "up", "send"),
    M("OCC07.08", "Number of young people not in education, employment or training", "#", "int", 420, "down", "neet"),
    M("OCC07.09", "Number of children missing education", "#", "int", 0, "none", "education"),
    M("OCC07.11", "Number of early help assessments started", "#", "int", 380, "up", "early help"),
    M("OCC08.01", "Number of residents responding to council consultations", "#", "int", 3500, "up", "engagement"),
    M("OCC08.02", "% of committee papers published on time", "%", "pct", 100.0, "up", "democracy"),
    M("OCC08.04", "Number of councillor priority fund grants awarded", "#", "int", 60, "up", "democracy"),
    M("OCC09.01", "Number of businesses supported by the growth hub", "#", "int", 150, "up", "economy"),
    M("OCC09.03", "Number of apprenticeship starts in the council and schools", "#", "int", 25, "up", "skills"),
    M("OCC09.04", "External funding secured for innovation projects", "£", "money", 250000, "up", "innovation"),
    M("OCC10.01", "% of adult social care complaints (stage 1) responded to within timescales", "%", "pct", 80.0, "up", "complaints"),
    M("OCC10.02", "% of corporate complaints (stage 2) responded to within timescales", "%", "pct", 80.0, "up", "complaints"),
    M("OCC10.04", "% of calls to the Customer Service Centre answered within 60 seconds", "%", "pct", 80.0, "up", "contact centre"),
    M("OCC10.05", "% of Freedom of Information requests answered within 20 working days", "%", "pct", 90.0, "up", "foi"),
    M("OCC10.07", "% of customer calls abandoned at the Customer Service Centre", "%", "pct", 10.0, "down", "contact centre"),
    M("OCC10.09", "% of children's social care complaints (stage 1) responded to within timescales", "%", "pct", 80.0, "up", "complaints"),
    M("OCC10.12", "Customer satisfaction with the registration service", "%", "pct", 90.0, "up", "registration"),
    M("OCC11.01", "Forecast revenue variance across the council", "%", "var", 0.0, "down", "revenue"),
    M("OCC11.02", "Planned savings forecast to be delivered", "%", "pct", 90.0, "up", "savings"),
    M("OCC11.03", "General balances compared to the risk assessed level", "£", "money", 30200000, "up", "balances"),
    M("OCC11.04", "Directorate outturn variance against agreed budget", "%", "var", 1.0, "down", "revenue"),
    M("OCC11.05", "Outturn variation for high needs DSG funded services", "£", "money", 21300000, "down", "dsg"),
    M("OCC11.07", "% of undisputed invoices paid within 30 days", "%", "pct", 95.0, "up", "invoices"),
    M("OCC11.08", "Debt requiring impairment - corporate debtors", "£", "money", 300000, "down", "debt"),
    M("OCC11.09", "Debt requiring impairment - adult social care contribution debtors", "£", "money", 3500000, "down", "debt"),
    M("OCC11.10", "Average cash balance compared to forecast", "£", "money", 440000000, "up", "treasury"),
]
MEASURE = {m.mid: m for m in MEASURES}

# Directors and portfolio holders per priority, for the 2022-23 and the 2024 reporting years.
PEOPLE = {
    "2022": {
        "OCC01": ("Helen Marchetti", "Cllr R Ashworth"), "OCC02": ("Owen Pritchard", "Cllr M Devlin"),
        "OCC03": ("Owen Pritchard", "Cllr M Devlin"), "OCC04": ("Sunita Rahman", "Cllr K Thornbury"),
        "OCC05": ("Helen Marchetti", "Cllr J Pennington"), "OCC06": ("Helen Marchetti", "Cllr R Ashworth"),
        "OCC07": ("David Okafor", "Cllr L Farrant"), "OCC08": ("Claire Whitcombe", "Cllr S Okoye"),
        "OCC09": ("Martin Lowe", "Cllr S Okoye"), "OCC10": ("Claire Whitcombe", "Cllr G Halliwell"),
        "OCC11": ("Rosalind Achebe", "Cllr G Halliwell"),
    },
    "2024": {
        "OCC01": ("Gareth Nolan", "Cllr P Iyer"), "OCC02": ("Fiona Strachan", "Cllr E Brannigan"),
        "OCC03": ("Fiona Strachan", "Cllr E Brannigan"), "OCC04": ("Sunita Rahman", "Cllr H Oduya"),
        "OCC05": ("Gareth Nolan", "Cllr T Villiers-Hart"), "OCC06": ("Gareth Nolan", "Cllr P Iyer"),
        "OCC07": ("Imogen Castell", "Cllr A Mbeki"), "OCC08": ("Claire Whitcombe", "Cllr D Quarrie"),
        "OCC09": ("Martin Lowe", "Cllr D Quarrie"), "OCC10": ("Claire Whitcombe", "Cllr N Sandoval"),
        "OCC11": ("Rosalind Achebe", "Cllr N Sandoval"),
    },
}
