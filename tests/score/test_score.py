"""Tests for scripts/score.  Run: /usr/bin/python3 -m unittest discover -s tests/score"""

import importlib.machinery
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SCORE = os.path.join(ROOT, "scripts", "score")
FIX = os.path.join(HERE, "fixtures")
PY = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable


def load_module():
    loader = importlib.machinery.SourceFileLoader("occx_score", SCORE)
    spec = importlib.util.spec_from_loader("occx_score", loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod


score = load_module()


def fx(name):
    return os.path.join(FIX, name)


def run(*args):
    p = subprocess.run([PY, SCORE] + list(args), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, universal_newlines=True)
    return p.returncode, p.stdout, p.stderr


def run_json(*args):
    rc, out, err = run(*(list(args) + ["--json"]))
    return rc, json.loads(out), err


class SelfTest(unittest.TestCase):
    def test_expected_against_itself_is_perfect(self):
        rc, m, _ = run_json(fx("expected.jsonl"), fx("expected.jsonl"), "--min", "100")
        self.assertEqual(rc, 0)
        self.assertEqual(m["recall"], 1.0)
        self.assertEqual(m["precision"], 1.0)
        self.assertEqual(m["fields"], 1.0)
        self.assertEqual(m["records_matched"], 3)
        self.assertEqual(m["field_comparisons"], 3 * len(score.FIELDS))

    def test_summary_line(self):
        rc, out, _ = run(fx("expected.jsonl"), fx("expected.jsonl"))
        self.assertEqual(rc, 0)
        self.assertEqual(out.strip().splitlines()[-1],
                         "score: recall 100.0% precision 100.0% fields 100.0% (records 3/3)")
        self.assertIn("period.actual", out)

    def test_seed_files_score_perfect_against_themselves(self):
        seeds = os.path.join(ROOT, "samples", "seeds")
        if not os.path.isdir(seeds):
            self.skipTest("no samples/seeds")
        files = [f for f in os.listdir(seeds) if f.endswith(".jsonl")]
        for f in files:
            rc, m, _ = run_json(os.path.join(seeds, f), os.path.join(seeds, f), "--min", "100")
            self.assertEqual(rc, 0, f)


class AlteredValue(unittest.TestCase):
    def test_altered_value_caught(self):
        rc, m, _ = run_json(fx("expected.jsonl"), fx("altered.jsonl"), "--fields-detail")
        self.assertEqual(rc, 0)
        self.assertEqual(m["recall"], 1.0)
        self.assertLess(m["fields"], 1.0)
        self.assertEqual(m["per_field"]["period.actual"]["correct"], 2)
        self.assertEqual(len(m["mismatches"]), 1)
        mm = m["mismatches"][0]
        self.assertEqual(mm["field"], "period.actual")
        self.assertIn("OCC01.03", mm["id"])

    def test_min_100_fails(self):
        rc, out, err = run(fx("expected.jsonl"), fx("altered.jsonl"), "--min", "100")
        self.assertEqual(rc, 1)
        self.assertIn("fields", err)

    def test_min_fields_separately(self):
        rc, _, _ = run(fx("expected.jsonl"), fx("altered.jsonl"), "--min-recall", "100")
        self.assertEqual(rc, 0)
        rc, _, _ = run(fx("expected.jsonl"), fx("altered.jsonl"), "--min-fields", "100")
        self.assertEqual(rc, 1)
        rc, _, _ = run(fx("expected.jsonl"), fx("altered.jsonl"), "--min-fields", "95")
        self.assertEqual(rc, 0)

    def test_fields_detail_text(self):
        rc, out, _ = run(fx("expected.jsonl"), fx("altered.jsonl"), "--fields-detail")
        self.assertIn("55.10%", out)
        self.assertIn("57.95%", out)


class MissingAndDuplicate(unittest.TestCase):
    def test_missing_record_lowers_recall(self):
        rc, m, _ = run_json(fx("expected.jsonl"), fx("missing.jsonl"))
        self.assertAlmostEqual(m["recall"], 2 / 3)
        self.assertEqual(m["precision"], 1.0)
        self.assertEqual(m["fields"], 1.0)  # missed records' fields do not count
        self.assertEqual(len(m["missed"]), 1)
        self.assertIn("OCC02.01", m["missed"][0])
        rc, _, _ = run(fx("expected.jsonl"), fx("missing.jsonl"), "--min", "90")
        self.assertEqual(rc, 1)

    def test_duplicate_lowers_precision(self):
        rc, m, _ = run_json(fx("expected.jsonl"), fx("duplicate.jsonl"))
        self.assertEqual(m["recall"], 1.0)
        self.assertAlmostEqual(m["precision"], 3 / 4)
        self.assertEqual(len(m["duplicates"]), 1)
        self.assertIn("OCC01.02", m["duplicates"][0])
        rc, out, _ = run(fx("expected.jsonl"), fx("duplicate.jsonl"))
        self.assertIn("duplicates in actual (1)", out)

    def test_extra_record(self):
        rc, m, _ = run_json(fx("missing.jsonl"), fx("expected.jsonl"))
        self.assertEqual(m["recall"], 1.0)
        self.assertAlmostEqual(m["precision"], 2 / 3)
        self.assertEqual(len(m["extra"]), 1)


class Tolerance(unittest.TestCase):
    def test_numeric_equality(self):
        a = {"raw": "1,247", "value": 1247.0, "kind": "number"}
        b = {"raw": "1247", "value": 1247, "kind": "number"}
        self.assertTrue(score.values_equal(a, b))
        self.assertTrue(score.values_equal(None, None))
        self.assertFalse(score.values_equal(a, None))
        self.assertFalse(score.values_equal(a, {"raw": "1,248", "value": 1248.0, "kind": "number"}))
        # same raw text, value not parsed on one side
        self.assertTrue(score.values_equal({"raw": "n/a", "value": None, "kind": "not_applicable"},
                                           {"raw": " n/a ", "value": None, "kind": "text"}))
        self.assertFalse(score.values_equal({"raw": "n/a", "value": None},
                                            {"raw": "n/r", "value": None}))

    def test_token_similarity(self):
        self.assertEqual(score.token_f1("Total No. of streetlights", "total  no.\nof streetlights"), 1.0)
        self.assertGreaterEqual(score.token_f1(
            "Slightly below target this month because of seasonal variation in garden waste.",
            "Slightly below target this month because of seasonal\nvariation in garden"), 0.9)
        self.assertLess(score.token_f1("Total number of LED lanterns", "Percentage of waste recycled"), 0.5)

    def test_reformatted_file_is_perfect(self):
        rc, m, _ = run_json(fx("expected.jsonl"), fx("reformatted.jsonl"), "--min", "100")
        self.assertEqual(rc, 0, m)
        self.assertEqual(m["fields"], 1.0)
        self.assertLess(m["per_field"]["comment"]["mean_similarity"], 1.0 + 1e-9)


class Keying(unittest.TestCase):
    def test_match_by_id_when_source_file_missing(self):
        tmp = tempfile.mkdtemp()
        try:
            with open(fx("expected.jsonl")) as f:
                recs = [json.loads(l) for l in f if l.strip()]
            for r in recs:
                r["source"]["file"] = None
            p = os.path.join(tmp, "a.jsonl")
            with open(p, "w") as f:
                for r in reversed(recs):
                    f.write(json.dumps(r) + "\n")
            rc, m, _ = run_json(fx("expected.jsonl"), p)
            self.assertEqual(m["recall"], 1.0)
            self.assertEqual(m["precision"], 1.0)
        finally:
            shutil.rmtree(tmp)

    def test_directories_pair_by_name(self):
        tmp = tempfile.mkdtemp()
        try:
            e, a = os.path.join(tmp, "e"), os.path.join(tmp, "a")
            os.mkdir(e)
            os.mkdir(a)
            shutil.copy(fx("expected.jsonl"), os.path.join(e, "x.expected.jsonl"))
            shutil.copy(fx("missing.jsonl"), os.path.join(a, "x.jsonl"))
            rc, m, _ = run_json(e, a)
            self.assertEqual(m["records_expected"], 3)
            self.assertEqual(m["records_matched"], 2)
        finally:
            shutil.rmtree(tmp)


class Errors(unittest.TestCase):
    def test_invalid_json_exit_2(self):
        rc, out, err = run(fx("expected.jsonl"), fx("invalid.jsonl"))
        self.assertEqual(rc, 2)
        self.assertIn("invalid.jsonl:2", err)
        self.assertEqual(len(err.strip().splitlines()), 1)

    def test_missing_file_exit_2(self):
        rc, out, err = run(fx("expected.jsonl"), fx("does-not-exist.jsonl"))
        self.assertEqual(rc, 2)
        self.assertIn("does-not-exist.jsonl", err)


if __name__ == "__main__":
    unittest.main()
