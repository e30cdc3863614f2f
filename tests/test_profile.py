"""The pipeline's optional profile: timings per rule, same result as without."""

from textfix import Pipeline

TEXT = "Le cafÃ© ferme.La mairie l’a décidé hier soir, et les habitants le regrettent."


def test_profile_times_rules_and_detection_without_changing_the_result():
    pipe = Pipeline()
    profile: dict = {}
    timed = pipe.run(TEXT, profile=profile)
    plain = pipe.run(TEXT)
    assert (timed.text, timed.edits, timed.lang) == (plain.text, plain.edits, plain.lang)
    assert "detect" in profile
    codes = {r.code for r in pipe.rules}
    for key, seconds in profile.items():
        assert seconds >= 0
        if key != "detect":
            code, part = key.split(".")
            assert code in codes and part in ("precheck", "propose")
    # Every rule that applies to the text's language was pre-checked.
    assert {r.code for r in pipe.rules if r.applies_to(plain.lang)} <= {
        k.split(".")[0] for k in profile if k.endswith(".precheck")}


def test_profile_accumulates():
    pipe = Pipeline()
    profile: dict = {}
    pipe.run(TEXT, profile=profile)
    first = dict(profile)
    pipe.run(TEXT, profile=profile)
    assert all(profile[k] >= first[k] for k in first)
