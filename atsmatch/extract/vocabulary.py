"""Word lists for keyword candidates: stopwords, job-ad filler and common verbs.

A keyword run breaks at any of these (see :mod:`atsmatch.extract.understand.keywords`). Filler holds
words every job ad uses ("experience", "team", "strong"), degree and month names, and
skill-level words; verbs hold the verbs job ads and resume bullets start with.
"""

from __future__ import annotations

from atsmatch.extract.background import word_set

__all__ = ["FILLER", "GENERIC_PHRASES", "PLACES", "STOPWORDS", "VERBS"]

STOPWORDS = word_set(
    """a about above across after again against all almost along also although always am among an
    and another any anyone anything are around as at away be became because been before being
    below between both but by can could did do does doing done down during each either else etc
    even ever every few for from further get gets getting given had has have having he her here
    hers him his how however i if in including into is it its itself just least less like many
    may me might more most much must my near need needs no nor not now of off often on once one
    only onto or other others our ours out over own per plus rather same she should since so
    some such than that the their theirs them then there these they this those though through
    throughout thus to too toward towards under until up upon us very via was we well were what
    whatever when where whether which while who whom whose why will with within without would
    yet you your yours yourself e.g i.e eg ie vs able you'll you're we're we'll it's don't
    won't can't i'm i've we've you've they're two three four five six seven eight nine ten
    first second third behind beside besides beyond inside outside amongst alongside"""
)
FILLER = word_set(
    """experience experienced year years yr yrs month months ability abilities skill skills
    knowledge understanding strong excellent solid proven good great deep broad hands-on
    familiarity familiar proficiency proficient working work works role roles position
    candidate candidates team teams company opportunity opportunities environment responsibility
    responsibilities requirement requirements qualification qualifications preferred required
    bonus nice new high highly best key related relevant various multiple other level levels
    day days time part full remote hybrid office applicant applicants job jobs people world
    looking join passion passionate way ways thing things lot lots kind help across minimum
    degree equivalent plus must etc including include includes includ ideal ideally big
    fast-paced dynamic detail oriented detail-oriented self-starter motivated effective
    effectively successful success closely cross-functional end-to-end day-to-day senior junior
    sr jr mid-level entry-level bachelor bachelor's master master's phd ph.d doctorate b.s b.a
    m.s bs ba ms mba bsc msc b.sc m.sc beng meng january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    present current lbs consistent accepted beginner intermediate advanced expert fluent native
    basic skilled title position practical certification certifications certificate certified
    license licence valid reliable healthy complex compassionate accurate according similar
    aligned another comparable alike any"""
)
VERBS = word_set(
    """build builds building built design designs designing designed develop develops developing
    developed manage manages managing managed lead leads leading led own owns owning run runs
    running ensure ensures ensuring drive drives driving support supports supporting create
    creates creating maintain maintains maintaining collaborate collaborates collaborating deliver
    delivers delivering help helps helping make makes making use uses using used write writes
    writing written implement implementing implemented improve improving improved partner
    partnering work working worked provide provides providing move moves moving define
    defining identify identifying communicate communicating translate translating mentor
    mentoring grow growing scale scaling shape shaping join joining thrive enjoy love want
    apply review reviewing analyze analyzing participate participating contribute contributing
    take taking bring bringing keep keeping learn learning solve solving think thinking serve
    serving value valued believe operate operating plan planning coordinate coordinating
    optimize optimizing deploy deploying test testing wrote reduced increased cut know knows
    understand understands speak see find give go come become feel look meet set put seek hire
    ship launch execute handle track monitor report prepare perform conduct establish evaluate
    assess recommend research thrives enjoys wants loves assist assists hiring hires seeking
    ran made took grew drove won gave began involve involves involved"""
)

GENERIC_PHRASES = frozenset(
    {"hands-on", "hands on", "self-starter", "go-getter", "team player", "results-driven",
     "fast learner", "rockstar", "ninja", "fast-paced", "detail-oriented"}
)  # fmt: skip
"""Wording a posting uses about any job: no skill a person can have, never a job term."""
PLACES = word_set(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
    hampshire jersey carolina dakota rhode york mexico
    atlanta austin baltimore boston charlotte chicago cincinnati cleveland columbus dallas
    denver detroit houston indianapolis jacksonville madison memphis miami milwaukee
    minneapolis nashville newark oakland omaha orlando philadelphia phoenix pittsburgh portland
    raleigh sacramento seattle tampa tucson
    monday tuesday wednesday thursday friday saturday sunday weekend weekends metro downtown
    midwest northeast southeast southwest northwest"""
)
"""US states, large cities, regions and weekdays: a keyword holding one is a place or a
schedule, not something a person can have."""
