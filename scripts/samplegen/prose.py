"""Invented commentary text: comments, finance/risk impact, improvement plans, report prose."""

OPENERS = [
    "Performance this month is {rel} the target of {target}, with {actual} recorded for {month}.",
    "The {month} figure of {actual} is {rel} target ({target}).",
    "{Topic} activity in {month} came in at {actual} against a target of {target}.",
    "At {actual}, the result for {month} is {rel} the profiled target of {target}.",
]
MONITOR_OPENERS = [
    "This measure is reported for monitoring only; {actual} was recorded for {month}.",
    "No target is set for this measure. The {month} figure is {actual}.",
]
CONTEXT = [
    "The figure is provisional and may be revised once late returns from providers have been validated.",
    "Seasonal factors usually depress this measure over the summer and we expect it to recover in the autumn.",
    "Two vacancies in the team were filled in the month, which has helped to reduce the backlog.",
    "Demand has risen steadily since April and the service is reviewing how work is prioritised at the front door.",
    "The result reflects a change to the way the data is collected, so comparisons with last year should be made with care.",
    "A new case management system went live during the period and staff are still adjusting to new workflows.",
    "Benchmarking against our statistical neighbours places Oxfordshire in the second quartile for this measure.",
    "Contractor capacity was reduced for part of the month because of plant breakdowns and staff sickness.",
    "The service has worked closely with district council partners to align messages and share data.",
    "Feedback from residents has been positive, particularly about the new online booking option.",
    "Wet weather delayed some planned works, which have been rescheduled into the next quarter.",
    "The measure is cumulative, so the year-to-date position gives a better view of progress than the monthly figure.",
    "Recruitment and retention remain the main risks to sustained delivery across the county.",
    "Grant funding confirmed in the month allows the programme to be extended to a further six sites.",
    "The team has started a deep dive into the cases that missed timescales to understand common causes.",
]
ACTIONS = [
    "What actions are we taking? A recovery plan has been agreed with the service manager and progress is reviewed weekly.",
    "Next steps: targeted communications will run through the autumn and the results will be monitored monthly.",
    "We are working with the performance team to improve the timeliness of the data and expect to report a full month next time.",
    "When do we expect to see improvement? The service expects performance to return to target by the end of the third quarter.",
    "Managers have been asked to escalate any case approaching the deadline so that it can be picked up quickly.",
]
FINANCE = [
    "No financial impact.", "There is no financial risk to the service.",
    "The pressure is being managed within the existing service budget.",
    "Any additional cost will be met from the approved contingency.",
    "Underperformance could reduce income from fees and charges by up to £45,000 this year.",
    "Slippage would delay grant drawdown but would not lose the funding.",
]
RISK = [
    "No risks.", "Minimal, timing only.", "Reputational risk if the target is missed at year end.",
    "Risk that statutory timescales are breached, leading to complaints and potential challenge.",
    "Continued pressure on staff capacity may affect other services in the directorate.",
    "The risk is rated medium on the directorate risk register and is reviewed monthly.",
]
PLANS = [
    "A service improvement plan is in place and reviewed monthly by the directorate leadership team.",
    "Weekly tracking of open cases with escalation to heads of service for any case at risk.",
    "Additional temporary capacity has been commissioned and a revised process agreed with partners.",
    "Data quality checks have been added to the monthly reporting cycle.",
]
TIMEFRAMES = ["End of Q3 2024/25", "By March 2025", "Ongoing", "Six months", "October 2024", "Review in September"]
REFERENCE = "The recovery of this measure depends on the wider placement sufficiency work (see OCC07.02 in the quarterly report)."


def fill(template, **kw):
    kw.setdefault("Topic", kw.get("topic", "").capitalize())
    return template.format(**kw)


def comment(rng, size, **kw):
    """A list of paragraphs. size: 1 (one short paragraph) .. 5 (long, multi-paragraph)."""
    openers = MONITOR_OPENERS if kw.get("monitoring") else OPENERS
    first = [fill(rng.choice(openers), **kw)]
    first += rng.sample(CONTEXT, k=min(size, 3) if size > 1 else 1)
    paras = [" ".join(first)]
    for _ in range(size - 2):
        paras.append(" ".join(rng.sample(CONTEXT, k=rng.randint(2, 4))))
    if size >= 2:
        paras.append(rng.choice(ACTIONS))
    return paras
