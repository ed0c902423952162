"""Header wordings a real report might plausibly print, per column. Invented here from the way
council reports word their tables; not taken from the extractor's patterns."""

# Column key -> wordings when the column label stands alone (no group label above it).
ALONE = {
    "measure": ["Measure", "Measure and description", "Indicator", "Performance Measure", "Measure / Indicator"],
    "director": ["Director", "Lead Director", "Responsible Director", "Lead Officer"],
    "portfolio_holder": ["Portfolio Holder", "Cabinet Member", "Lead Member", "Portfolio"],
    "unit": ["Unit", "Units", "Measure Unit"],
    "trend": ["Trend", "Direction of Travel", "DoT"],
    "comment": ["Comment", "Commentary", "Comments", "Narrative", "Performance Commentary"],
    "improvement_plan": ["Improvement Plan", "Actions to Improve", "Improvement Actions"],
    "timeframe": ["Timeframe", "Timescale", "By When"],
    "finance_impact": ["Finance Impact", "Financial Impact", "Finance Implications"],
    "risk_impact": ["Risk Impact", "Risk", "Risk Implications"],
    "period_actual": ["Period Actual", "Actual (Period)", "Actual this period", "Month Actual"],
    "period_target": ["Period Target", "Target (Period)", "Target this period", "Month Target"],
    "period_status": ["Status", "RAG", "Period Status", "Period RAG"],
    "ytd_actual": ["YTD Actual", "Year to Date Actual", "Actual YTD", "Actual (YTD)"],
    "ytd_target": ["YTD Target", "Year to Date Target", "Target YTD", "Target (YTD)"],
    "ytd_status": ["YTD", "YTD Status", "YTD RAG", "Year to Date Status"],
}
# Annex scorecards name the measure column differently.
ANNEX_MEASURE = ["Linked Items", "Measure", "Indicator", "Measure and description"]

# Labels under a group label: the group says which period they belong to.
UNDER_GROUP = {
    "actual": ["Actual", "Actual Performance", "Result"],
    "target": ["Target", "Target Performance"],
    "status": ["Indicator", "Status", "RAG"],
}
GROUPS = {
    "period": ["Period Performance", "Period", "This Period", "Current Month", "Month Performance"],
    "ytd": ["YTD Performance", "Year to Date", "YTD", "Year to Date Performance", "Cumulative YTD"],
}

COMMENT_PREFIX = ["Comments : ", "Comments: ", "Comment : ", "Commentary: "]
OVERALL = ["Overall Performance", "Overall performance", "Overall Performance Score"]
