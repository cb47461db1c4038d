#!/usr/bin/env python3
"""Generate a valid Thanrak content tree for benchmarks.

    python3 Benchmarks/generate.py --communities N --out DIR [--seed S]
                                   [--force] [--with-warnings] [--verify]
    python3 Benchmarks/generate.py --verify --out DIR     # check a tree only
    python3 Benchmarks/generate.py --communities N [--out DIR] --hugo HDIR
                                   # also (or only) the Hugo twin of the same plans

Python 3.11, standard library only (PyYAML is used by --verify alone).
The same N and seed always give byte-identical files.

Two phases, so other writers can reuse the plans:
    plan = build_plan(n, seed)        # plain dicts and lists, no I/O
    write_thanrak(plan, out_dir)      # the Thanrak content tree
    write_hugo(plan, hugo_dir)        # the same plans as a Hugo site (--hugo)
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import sys
import time
import unicodedata

sys.dont_write_bytecode = True  # keep Benchmarks/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus_vocab as V  # noqa: E402

# --------------------------------------------------------------------------
# Fixed vocabularies of the format (§4, §5, §6, §7)

STEPS = ["value", "customers", "channels", "relationships", "revenue",
         "activities", "resources", "partners", "costs"]
STEP_LABEL_TH = ["คุณค่า / จุดขาย", "กลุ่มลูกค้าเป้าหมาย", "การสื่อสารการตลาด",
                 "ปิดการขายและการซื้อซ้ำ", "ที่มาของรายได้", "กิจกรรมหลัก",
                 "ปัจจัยการผลิตที่ยังใช้ไม่เต็มที่", "ภาคีความร่วมมือ", "ค่าใช้จ่าย"]
# refs a step may point to (by step key), and what it must point to.
STEP_REFS_ALLOWED = {
    "value": set(),
    "customers": {"value"},
    "channels": {"value", "customers"},
    "relationships": {"value", "customers", "channels"},
    "revenue": {"value", "customers"},
    "activities": {"value", "customers", "channels", "relationships"},
    "resources": {"activities"},
    "partners": {"activities"},
    "costs": {"activities", "resources", "partners"},
}
STEP_REFS_REQUIRED = {  # list of alternatives sets; each set needs >= 1 ref
    "value": [], "customers": [],
    "channels": [{"value"}, {"customers"}],
    "relationships": [{"customers"}],
    "revenue": [{"value"}],
    "activities": [{"value", "customers", "channels", "relationships"}],
    "resources": [{"activities"}],
    "partners": [{"activities"}],
    "costs": [{"activities"}],
}
CYCLE_ROLES = ["produce", "consume", "process", "trade", "capital", "profit"]
KSNB_KEYS = ["knowledge", "skill", "network", "business"]
FOUNDATION_KEYS = ["grouping", "finance", "capital", "information", "production",
                   "cooperation", "coexistence", "ethics", "ownership", "participation"]
LEVELS = ["output", "outcome", "impact"]
DIRECTIONS = ["increase", "decrease"]
PER_VALUES = ["month", "year", "once"]
NETWORK_KINDS = ["thematic", "area"]
NETWORK_LEVELS = ["tambon", "tambon-group", "amphoe", "changwat", "ecoregion", "national"]
PARTNER_SECTORS = ["government", "private", "academic", "civil-society", "financial", "community"]
PARTNER_LEVELS = ["national", "changwat", "amphoe", "tambon"]
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# SDG codes the generator may add besides those of the indicator templates.
# All are checked against sdg-codes.json by --verify.
EXTRA_SDG = ["17.17", "17.17.1", "11.4", "8.9", "8.9.1", "2.3", "2.3.2", "12.3",
             "1.a", "14.b", "14.b.1", "10.2.1", "6.3", "12.b", "8", "2", "12", "15"]

KNOWLEDGE_SET = "community-canvas"

# --------------------------------------------------------------------------
# YAML scalars. Plain where YAML reads them back as the same string, else a
# JSON string (which is a valid YAML double-quoted scalar).

_BLOCK_BAD = re.compile(
    r"^[-?:,\[\]{}#&*!|>'\"%@`\s]|: |\s#|:$|\s$|\t|\n"
    r"|^(?:true|false|yes|no|on|off|y|n|null|~|[-+]?\.?[0-9][0-9_.:eE+-]*)$",
    re.I)
_FLOW_BAD = re.compile(
    r"^[-?:,\[\]{}#&*!|>'\"%@`\s]|: |\s#|:$|\s$|\t|\n|[,\[\]{}]"
    r"|^(?:true|false|yes|no|on|off|y|n|null|~|[-+]?\.?[0-9][0-9_.:eE+-]*)$",
    re.I)


def ys(s: str) -> str:
    """A string as a block-context YAML scalar."""
    if _BLOCK_BAD.search(s):
        return json.dumps(s, ensure_ascii=False)
    return s


def yf(s: str) -> str:
    """A string as a flow-context YAML scalar (inside [] or {})."""
    if _FLOW_BAD.search(s):
        return json.dumps(s, ensure_ascii=False)
    return s


def ytext(t) -> str:
    """A Text value (plain string or {lang: str}) in flow style."""
    if isinstance(t, str):
        return ys(t)
    return "{" + ", ".join(f"{k}: {yf(v)}" for k, v in t.items()) + "}"


def ynum(x) -> str:
    if isinstance(x, float):
        return f"{x:.1f}"
    return str(x)


def title_en(roman: str) -> str:
    """'nong-bua' -> 'Nong Bua' (for English names)."""
    return " ".join(w.capitalize() for w in roman.split("-"))


# --------------------------------------------------------------------------
# Phase 1: the plan (plain data)

def _name_pool(rng: random.Random):
    pool = [(a[0] + b[0], a[1] + "-" + b[1]) for a in V.NAME_FIRST for b in V.NAME_SECOND]
    rng.shuffle(pool)
    return pool


def build_geography(n: int, rng: random.Random):
    """Changwat -> amphoe -> tambon, sized so that an amphoe holds about a
    dozen communities and a tambon about three. Returns (changwats, slots):
    slots[i] = (changwat index, amphoe, tambon) of community i."""
    total_amphoe = max(1, round(n / 12))
    n_cw = min(len(V.CHANGWAT), total_amphoe)
    counts = []
    for i in range(n_cw):
        c = total_amphoe // n_cw + (1 if i < total_amphoe % n_cw else 0)
        counts.append(max(1, min(12, c)))
    pool = _name_pool(rng)
    changwats = []
    amphoes = []  # flat list in order
    for ci in range(n_cw):
        th, roman, region, lat, lon = V.CHANGWAT[ci]
        cw = dict(th=th, roman=roman, en=title_en(roman), region=region, lat=lat, lon=lon,
                  index=ci, amphoes=[])
        names = [("เมือง" + th, "mueang")] + list(V.REAL_AMPHOE.get(roman, []))
        used = {x[0] for x in names}
        start = rng.randrange(len(pool))
        k = 0
        while len(names) < counts[ci]:
            cand = pool[(start + k) % len(pool)]
            k += 1
            if cand[0] not in used:
                used.add(cand[0])
                names.append(cand)
        ecos = V.ECOREGIONS[region]
        for ai in range(counts[ci]):
            am_th, am_roman = names[ai]
            am = dict(th=am_th, roman=am_roman,
                      en=("Mueang " + cw["en"]) if am_roman == "mueang" else title_en(am_roman),
                      changwat=ci, index=len(amphoes), eco=ecos[rng.randrange(len(ecos))],
                      lat=lat + rng.uniform(-0.4, 0.4), lon=lon + rng.uniform(-0.4, 0.4),
                      tambons=[], communities=[])
            cw["amphoes"].append(am)
            amphoes.append(am)
        changwats.append(cw)
    # communities -> amphoe (contiguous blocks), then -> tambon
    n_am = len(amphoes)
    per_am = [[] for _ in range(n_am)]
    for i in range(n):
        per_am[i * n_am // n].append(i)
    slots = [None] * n
    for am, members in zip(amphoes, per_am):
        s = len(members)
        n_tb = max(1, min(10, math.ceil(s / 3)))
        used = set()
        start = rng.randrange(len(pool))
        k = 0
        while len(am["tambons"]) < n_tb:
            cand = pool[(start + 7 * k) % len(pool)]
            k += 1
            if cand[0] in used:
                continue
            used.add(cand[0])
            am["tambons"].append(dict(th=cand[0], roman=cand[1], en=title_en(cand[1]),
                                      lat=am["lat"] + rng.uniform(-0.1, 0.1),
                                      lon=am["lon"] + rng.uniform(-0.1, 0.1),
                                      communities=[]))
        for k, i in enumerate(members):
            tb = am["tambons"][k * n_tb // s]
            tb["communities"].append(i)
            am["communities"].append(i)
            slots[i] = (am["changwat"], am, tb)
    return changwats, amphoes, slots


NATIONAL_PARTNERS = [
    ("cdd", "กรมการพัฒนาชุมชน", "Community Development Department", "government"),
    ("codi", "สถาบันพัฒนาองค์กรชุมชน", "Community Organizations Development Institute", "government"),
    ("baac", "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร", "Bank for Agriculture and Agricultural Cooperatives", "financial"),
    ("gsb", "ธนาคารออมสิน", "Government Savings Bank", "financial"),
    ("thai-health", "สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ", "Thai Health Promotion Foundation", "government"),
    ("rural-reconstruction", "มูลนิธิบูรณะชนบทแห่งประเทศไทย", "Thailand Rural Reconstruction Movement", "civil-society"),
]
LOCAL_PARTNER_KINDS = [
    ("cdd-{cw}", "สำนักงานพัฒนาชุมชนจังหวัด{c}", "{C} Provincial Community Development Office", "government", "changwat"),
    ("agri-{cw}", "สำนักงานเกษตรจังหวัด{c}", "{C} Provincial Agriculture Office", "government", "changwat"),
    ("research-{cw}", "สถาบันวิจัยและพัฒนาท้องถิ่นจังหวัด{c}", "{C} Local Development Research Institute", "academic", "changwat"),
    ("pracharat-{cw}", "บริษัทประชารัฐรักสามัคคี{c} (วิสาหกิจเพื่อสังคม) จำกัด", "Pracharat Rak Samakkee {C} Social Enterprise", "private", "changwat"),
    ("council-{cw}", "สภาองค์กรชุมชนจังหวัด{c}", "{C} Community Organisation Council", "community", "changwat"),
    ("baac-{cw}", "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สาขา{c}", "BAAC {C} Branch", "financial", "changwat"),
    ("cdd-{cw}-mueang", "สำนักงานพัฒนาชุมชนอำเภอเมือง{c}", "Mueang {C} District Community Development Office", "government", "amphoe"),
    ("ngo-{cw}", "มูลนิธิพัฒนาชนบทจังหวัด{c}", "{C} Rural Development Foundation", "civil-society", "changwat"),
]


def build_partners(n: int, changwats):
    k = max(3, min(300, n // 100))
    partners = []
    for pid, th, en, sector in NATIONAL_PARTNERS:
        if len(partners) >= k:
            break
        partners.append(dict(id=pid, name={"th": th, "en": en}, sector=sector,
                             level="national", changwat=None))
    r = 0
    while len(partners) < k:
        for cw in changwats:
            if len(partners) >= k:
                break
            pid, th, en, sector, level = LOCAL_PARTNER_KINDS[(r + cw["index"]) % len(LOCAL_PARTNER_KINDS)]
            partners.append(dict(
                id=pid.format(cw=cw["roman"]),
                name={"th": th.format(c=cw["th"]), "en": en.format(C=cw["en"])},
                sector=sector, level=level, changwat=cw["index"]))
        r += 1
        if r > len(LOCAL_PARTNER_KINDS) * 2:
            break
    return partners


def _fill(template: str, ctx: dict) -> str:
    return template.format_map(ctx) if "{" in template else template


def _cover(n_items: int, targets: list) -> list:
    """refs lists for n_items so each item gets >= 1 target and every target
    is named by some item."""
    t = len(targets)
    out = []
    for j in range(n_items):
        lst = [targets[j % t]]
        for i in range(j, t, n_items):
            if targets[i] not in lst:
                lst.append(targets[i])
        out.append(lst)
    return out


_COUNTS = (2, 2, 2, 3, 3, 4)


def _count(rng):
    """Items in a canvas step: 2-4, 2.67 on average."""
    return _COUNTS[rng.randrange(6)]


def _amount(rng, lo, hi):
    return rng.randint(lo // 1000, hi // 1000) * 1000


def build_canvas(c, theme, ctx, rng, partners_local, partners_national):
    used = set()

    def uid(stem):
        s = stem
        k = 2
        while s in used:
            s = f"{stem}-{k}"
            k += 1
        used.add(s)
        return s

    canvas = {}
    # 1 value: products of the theme
    prods = rng.sample(theme["products"], min(_count(rng), len(theme["products"])))
    values = []
    for stem, th, en in prods:
        text = th + " " + _fill(rng.choice(V.VALUE_CLAIMS), ctx) + rng.choice(V.VALUE_EXTRAS)
        values.append(dict(id=uid(stem), text=text, product={"th": th, "en": en}))
    canvas["value"] = values
    vids = [x["id"] for x in values]
    # 2 customers
    custs = []
    for stem, tpl in rng.sample(V.CUSTOMERS, _count(rng)):
        refs = rng.sample(vids, rng.randint(1, min(2, len(vids))))
        custs.append(dict(id=uid(stem), text=_fill(tpl, ctx), refs=refs))
    canvas["customers"] = custs
    cids = [x["id"] for x in custs]
    # 3 channels: cover every value and customer
    chans = []
    sel = rng.sample(V.CHANNELS, _count(rng))
    cc, cv = _cover(len(sel), cids), _cover(len(sel), vids)
    for j, (stem, tpl) in enumerate(sel):
        chans.append(dict(id=uid(stem), text=_fill(tpl, ctx), refs=cc[j] + cv[j]))
    canvas["channels"] = chans
    hids = [x["id"] for x in chans]
    # 4 relationships: cover every customer
    rels = []
    sel = rng.sample(V.RELATIONSHIPS, _count(rng))
    rc = _cover(len(sel), cids)
    for j, (stem, tpl) in enumerate(sel):
        refs = list(rc[j])
        if rng.random() < 0.3:
            refs.append(rng.choice(hids))
        rels.append(dict(id=uid(stem), text=_fill(tpl, ctx), refs=refs))
    canvas["relationships"] = rels
    rids = [x["id"] for x in rels]
    # 5 revenue: cover every value
    revs = []
    sel = rng.sample(V.REVENUE, _count(rng))
    rv = _cover(len(sel), vids)
    vprod = {x["id"]: x["product"]["th"] for x in values}
    for j, (stem, tpl) in enumerate(sel):
        refs = list(rv[j])
        if rng.random() < 0.25:
            refs.append(rng.choice(cids))
        item = dict(id=uid(stem), text=_fill(tpl, dict(ctx, p=vprod[refs[0]])), refs=refs)
        r = rng.random()
        if r < 0.15:
            item["amount"] = _amount(rng, 2000, 60000)
            item["per"] = "month"
        elif r < 0.2:
            item["amount"] = _amount(rng, 5000, 100000)
            item["per"] = "once"
        else:
            item["amount"] = _amount(rng, 20000, 900000)
        revs.append(item)
    canvas["revenue"] = revs
    # 6 activities
    acts = []
    pool14 = vids + cids + hids + rids
    for stem, tpl in rng.sample(V.ACTIVITIES, _count(rng)):
        acts.append(dict(id=uid(stem), text=_fill(tpl, ctx),
                         refs=rng.sample(pool14, rng.randint(1, 3))))
    canvas["activities"] = acts
    aids = [x["id"] for x in acts]
    # 7 resources
    ress = []
    for stem, tpl in rng.sample(V.RESOURCES, _count(rng)):
        ctx2 = dict(ctx, n=rng.randint(2, 30))
        ress.append(dict(id=uid(stem), text=_fill(tpl, ctx2),
                         refs=rng.sample(aids, rng.randint(1, min(2, len(aids))))))
    canvas["resources"] = ress
    # 8 partners
    pars = []
    helps = rng.sample(V.PARTNER_HELP, _count(rng))
    for stem, help_th in helps:
        refs = rng.sample(aids, rng.randint(1, min(2, len(aids))))
        if rng.random() < 0.55:
            pool = partners_local if (partners_local and rng.random() < 0.7) else partners_national
            p = rng.choice(pool)
            pars.append(dict(id=uid(stem), text=p["name"]["th"] + " " + help_th,
                             partner=p["id"], refs=refs))
        else:
            lstem, ltpl = rng.choice(V.LOCAL_PARTNERS)
            pars.append(dict(id=uid(stem), text=_fill(ltpl, ctx) + " " + rng.choice(V.LOCAL_HELP),
                             refs=refs))
    canvas["partners"] = pars
    # 9 costs: cover every activity
    costs = []
    sel = rng.sample(V.COSTS, _count(rng))
    ca = _cover(len(sel), aids)
    extra = [x["id"] for x in ress] + [x["id"] for x in pars]
    for j, (stem, tpl) in enumerate(sel):
        refs = list(ca[j])
        if rng.random() < 0.4:
            refs.append(rng.choice(extra))
        item = dict(id=uid(stem), text=_fill(tpl, ctx), refs=refs)
        r = rng.random()
        if r < 0.2:
            item["amount"] = _amount(rng, 1000, 20000)
            item["per"] = "month"
        elif r < 0.3:
            item["amount"] = _amount(rng, 5000, 150000)
            item["per"] = "once"
        else:
            item["amount"] = _amount(rng, 5000, 200000)
        costs.append(item)
    canvas["costs"] = costs
    return canvas, used


_IND_BY_LEVEL = {lv: [t for t in V.INDICATORS if t[3] == lv] for lv in LEVELS}


def build_indicators(canvas, used_ids, rng):
    chosen = [rng.choice(_IND_BY_LEVEL[lv]) for lv in LEVELS]
    rest = [t for t in V.INDICATORS if t not in chosen]
    chosen += rng.sample(rest, (0, 0, 0, 1, 1, 2)[rng.randrange(6)])
    out = []
    for (iid, th, en, level, unit, sdg, direction, (lo, hi), step, source) in chosen:
        if iid in used_ids:  # never happens with the shipped vocabulary
            continue
        used_ids.add(iid)
        by = rng.randint(2563, 2567)
        ty = rng.randint(by + 2, min(2572, by + 5))
        myears = list(range(by + 1, min(ty, 2569) + 1))
        myears = sorted(rng.sample(myears, rng.randint(0, min(3, len(myears)))))
        pct = unit == "ร้อยละ"
        base = rng.uniform(lo, hi) if pct else rng.randint(lo, hi)
        if direction == "increase":
            tgt = base * rng.uniform(1.2, 1.8) + (5 if base < 5 else 0)
        else:
            tgt = base * rng.uniform(0.4, 0.8)
        if pct:
            base, tgt = round(min(base, 95.0), 1), round(min(tgt, 100.0), 1)
        else:
            base, tgt = int(base), max(0, int(round(tgt)))
        meas = []
        for y in myears:
            f = (y - by) / (ty - by)
            v = base + (tgt - base) * f * rng.uniform(0.6, 1.1)
            meas.append({"year": y, "value": round(min(v, 100.0), 1) if pct else int(v)})
        codes = list(sdg)
        if rng.random() < 0.3:
            x = rng.choice(EXTRA_SDG)
            if x not in codes:
                codes.append(x)
        items = canvas[step]
        refs = [x["id"] for x in rng.sample(items, rng.randint(1, min(2, len(items))))]
        ind = dict(id=iid, name={"th": th, "en": en}, level=level, unit=unit, sdg=codes,
                   direction=direction, baseline={"year": by, "value": base},
                   target={"year": ty, "value": tgt})
        if meas:
            ind["measurements"] = meas
        ind["source"] = source
        ind["refs"] = refs
        out.append(ind)
    return out


def build_plan(n: int, seed: int = 1, with_warnings: bool = False) -> dict:
    """All the plans as plain data. Deterministic for (n, seed, with_warnings)."""
    rng = random.Random(seed)
    changwats, amphoes, slots = build_geography(n, rng)
    partners = build_partners(n, changwats)
    p_national = [p for p in partners if p["changwat"] is None]
    p_by_cw = {}
    for p in partners:
        if p["changwat"] is not None:
            p_by_cw.setdefault(p["changwat"], []).append(p)
    width = max(5, len(str(n)))
    themes_by_region = {r: [t for t in V.THEMES if r in t["regions"].split()]
                        for r in V.REGION_TH}

    # -- profiles
    communities = []
    for i in range(n):
        ci, am, tb = slots[i]
        cw = changwats[ci]
        if rng.random() < 0.7:
            theme = rng.choice(themes_by_region[cw["region"]])
        else:
            theme = rng.choice(V.THEMES)
        a = V.NAME_FIRST[rng.randrange(len(V.NAME_FIRST))]
        b = V.NAME_SECOND[rng.randrange(len(V.NAME_SECOND))]
        v_th, v_roman = "บ้าน" + a[0] + b[0], a[1] + "-" + b[1]
        if rng.random() < 0.1:
            s = V.VILLAGE_SUFFIX[rng.randrange(len(V.VILLAGE_SUFFIX))]
            v_th, v_roman = v_th + s[0], v_roman + "-" + s[1]
        cid = f"ban-{v_roman}-{i + 1:0{width}d}"
        v_en = "Ban " + title_en(v_roman)
        kind = theme["kind"] if rng.random() < 0.8 else rng.choice(V.KIND_EXTRA)
        prefix = {"community-enterprise": "วิสาหกิจชุมชน", "women-group": "กลุ่มแม่บ้าน",
                  "youth-group": "กลุ่มเยาวชน", "farmers-group": "กลุ่มเกษตรกร",
                  "cooperative": "สหกรณ์"}.get(kind, "กลุ่ม")
        name_th = prefix + theme["group_th"] + v_th + (" จำกัด" if kind == "cooperative" else "")
        name_en = v_en + " " + theme["group_en"] + (" Cooperative" if kind == "cooperative" else "")
        loc = dict(village=v_th, moo=tb["communities"].index(i) + 1 if len(tb["communities"]) < 40
                   else rng.randint(1, 20),
                   tambon=tb["th"], amphoe=am["th"], changwat=cw["th"])
        if rng.random() < 0.5:
            loc["ecoregion"] = am["eco"]
        if rng.random() < 0.6:
            loc["coordinates"] = [round(tb["lat"] + rng.uniform(-0.03, 0.03), 3),
                                  round(tb["lon"] + rng.uniform(-0.03, 0.03), 3)]
        r = rng.random()
        stage = 1 if r < 0.05 else 2 if r < 0.5 else 3 if r < 0.85 else 4
        roles = [x for x in theme["cycle"] if rng.random() < 0.6] or [theme["cycle"][0]]
        nf = rng.randint(5, 10)
        fkeys = sorted(rng.sample(range(10), nf))
        c = dict(
            id=cid, index=i, theme=theme["key"], net_theme=theme["net"],
            changwat_index=ci, amphoe_index=am["index"],
            geo=dict(changwat=cw, amphoe=am, tambon=tb, village_en=v_en),
            name={"th": name_th, "en": name_en}, kind=kind, location=loc,
            founded=rng.randint(2530, 2566), members=rng.randint(8, 250), stage=stage,
            networks=[], cycle=roles,
            ksnb={k: rng.randint(1, 5) for k in KSNB_KEYS},
            foundations={FOUNDATION_KEYS[k]: rng.randint(1, 5) for k in fkeys},
            trades=[],
        )
        ctx = dict(v=v_th, t=tb["th"], a=am["th"], c=cw["th"], raw=rng.choice(theme["raw"]),
                   skill=theme["skill"], n=0)
        ctx["place"] = _fill(rng.choice(V.PLACES), ctx)
        canvas, used = build_canvas(c, theme, ctx, rng, p_by_cw.get(ci, []), p_national)
        c["canvas"] = canvas
        c["indicators"] = build_indicators(canvas, used, rng)
        c["ctx"] = ctx
        communities.append(c)

    # -- cycle: every amphoe covers all six roles (unless with_warnings)
    for am in amphoes:
        members = am["communities"]
        if with_warnings and am["index"] % 5 == 2:
            for i in members:  # a deliberate gap: no capital, no profit
                communities[i]["cycle"] = [r for r in communities[i]["cycle"]
                                           if r not in ("capital", "profit")]
            continue
        have = set()
        for i in members:
            have.update(communities[i]["cycle"])
        for role in CYCLE_ROLES:
            if role not in have:
                communities[members[rng.randrange(len(members))]]["cycle"].append(role)
        for i in members:
            cyc = set(communities[i]["cycle"])
            communities[i]["cycle"] = [r for r in CYCLE_ROLES if r in cyc]

    # -- trades with other communities (same amphoe first)
    themes = {t["key"]: t for t in V.THEMES}
    for c in communities:
        am = c["geo"]["amphoe"]
        cands = [i for i in am["communities"] if i != c["index"]]
        if len(cands) < 3:
            cw = c["geo"]["changwat"]
            more = [i for a in cw["amphoes"] for i in a["communities"] if i != c["index"]]
            cands = more if more else cands
        if not cands:
            continue  # a corpus of one community trades with nobody
        k = min(len(cands), rng.randint(1, 3))
        for j in rng.sample(cands, k):
            other = communities[j]
            if rng.random() < 0.5:
                stem, th, en = rng.choice(themes[c["theme"]]["products"])
                c["trades"].append({"with": other["id"], "sells": {"th": th, "en": en}})
            else:
                stem, th, en = rng.choice(themes[other["theme"]]["products"])
                c["trades"].append({"with": other["id"], "buys": {"th": th, "en": en}})

    networks = build_networks(n, changwats, communities, partners, p_by_cw, p_national, rng)
    knowledge = build_knowledge(communities)
    for c in communities:
        c["pages"] = build_pages(c, communities, networks, partners, rng)
    site = dict(
        title={"th": f"เครือข่ายเศรษฐกิจฐานราก ชุดทดสอบ {n} ชุมชน",
               "en": f"Grassroots Economy Network benchmark of {n} communities"},
        base_url="https://example.org/thanrak-bench/",
        languages=["th", "en"], calendar="buddhist")
    return dict(n=n, seed=seed, with_warnings=with_warnings, site=site, changwats=changwats,
                amphoes=amphoes, communities=communities, networks=networks,
                partners=partners, knowledge=knowledge)


def build_networks(n, changwats, communities, partners, p_by_cw, p_national, rng):
    k_total = max(3, min(500, n // 50))
    specs = []  # (id, name, kind, theme, level, candidate member indices, changwat)
    ids = set()

    def add(nid, name, kind, theme, level, members, cw):
        base, k = nid, 2
        while nid in ids:
            nid = f"{base}-{k}"
            k += 1
        ids.add(nid)
        specs.append(dict(id=nid, name=name, kind=kind, theme=theme, level=level,
                          candidates=members, changwat=cw))

    by_net_theme = {}
    for c in communities:
        by_net_theme.setdefault(c["net_theme"], []).append(c["index"])
    if k_total >= 10:
        for th_key in ("organic-farming", "community-tourism"):
            t_th, t_en = V.NETWORK_THEME_TH[th_key]
            add(f"thailand-{th_key}", {"th": f"เครือข่าย{t_th}ระดับประเทศ",
                                       "en": f"National {t_en} Network"},
                "thematic", th_key, "national", by_net_theme.get(th_key, []), None)
    area_seq = ["changwat", "amphoe", "tambon-group", "amphoe", "ecoregion", "amphoe"]
    area_count = {}
    r = 0
    while len(specs) < k_total:
        cw = changwats[r % len(changwats)]
        in_cw = [i for a in cw["amphoes"] for i in a["communities"]]
        if r % 2 == 0 and in_cw:
            c0 = communities[in_cw[rng.randrange(len(in_cw))]]
            th_key = c0["net_theme"]
            t_th, t_en = V.NETWORK_THEME_TH[th_key]
            add(f"{cw['roman']}-{th_key}",
                {"th": f"เครือข่าย{t_th}จังหวัด{cw['th']}", "en": f"{cw['en']} {t_en} Network"},
                "thematic", th_key, "changwat",
                [i for i in in_cw if communities[i]["net_theme"] == th_key], cw)
        else:
            j = area_count.get(cw["index"], 0)
            area_count[cw["index"]] = j + 1
            kind = area_seq[j % len(area_seq)]
            am = cw["amphoes"][(j // 2) % len(cw["amphoes"])]
            if kind == "changwat":
                add(f"{cw['roman']}-grassroots",
                    {"th": f"เครือข่ายเศรษฐกิจฐานรากจังหวัด{cw['th']}",
                     "en": f"{cw['en']} Grassroots Economy Network"},
                    "area", None, "changwat", in_cw, cw)
            elif kind == "amphoe":
                add(f"{cw['roman']}-{am['roman']}",
                    {"th": f"เครือข่ายองค์กรชุมชนอำเภอ{am['th']}",
                     "en": f"{am['en']} District Community Network"},
                    "area", None, "amphoe", list(am["communities"]), cw)
            elif kind == "tambon-group":
                tbs = am["tambons"][:3]
                add(f"{cw['roman']}-{am['roman']}-tambons",
                    {"th": "เครือข่ายกลุ่มตำบล" + "-".join(t["th"] for t in tbs),
                     "en": "Tambon Group " + " - ".join(t["en"] for t in tbs)},
                    "area", None, "tambon-group",
                    [i for t in tbs for i in t["communities"]], cw)
            else:
                eco = am["eco"]
                add(f"{cw['roman']}-ecoregion",
                    {"th": f"เครือข่ายภูมินิเวศ{eco} จังหวัด{cw['th']}",
                     "en": f"{cw['en']} Ecoregion Network"},
                    "area", None, "ecoregion",
                    [i for a in cw["amphoes"] if a["eco"] == eco for i in a["communities"]], cw)
        r += 1
    # membership: each community joins up to three of the networks open to it
    open_to = [[] for _ in communities]
    for k, s in enumerate(specs):
        for i in s["candidates"]:
            open_to[i].append(k)
    members = [[] for _ in specs]
    for c in communities:
        opts = open_to[c["index"]]
        if not opts:
            if rng.random() < 0.5:
                opts = [rng.randrange(len(specs))]
            else:
                continue
        pick = rng.sample(opts, min(len(opts), rng.randint(1, 3)))
        c["networks"] = [specs[k]["id"] for k in pick]
        for k in pick:
            members[k].append(c["index"])
    networks = []
    for k, s in enumerate(specs):
        mem = members[k]
        cw = s["changwat"]
        pool = p_by_cw.get(cw["index"], []) if cw else []
        r = rng.random()
        coordinator = None
        if r < 0.6:
            coordinator = ("partner", rng.choice(pool or p_national))
        elif r < 0.85 and mem:
            coordinator = ("community", communities[mem[rng.randrange(len(mem))]])
        nw = dict(id=s["id"], name=s["name"], kind=s["kind"], level=s["level"],
                  members=[communities[i]["id"] for i in mem],
                  changwat=cw["index"] if cw else None)
        if s["theme"]:
            nw["theme"] = s["theme"]
        if coordinator:
            nw["coordinator"] = coordinator[1]["id"]
        nw["about"] = network_about(nw, s, mem, communities, coordinator, rng)
        networks.append(nw)
    return networks


def network_about(nw, spec, mem, communities, coordinator, rng):
    paras = []
    s = (f"{nw['name']['th']}รวมกลุ่มและวิสาหกิจชุมชน {len(mem)} กลุ่ม "
         "มาแลกเปลี่ยนความรู้ วางแผนการผลิต และรวมกันขายเพื่อให้มีอำนาจต่อรองมากขึ้น")
    if mem:
        ex = [communities[i] for i in rng.sample(mem, min(3, len(mem)))]
        links = " ".join(f"[{c['name']['th']}](@{c['id']})" for c in ex)
        s += f" ตัวอย่างสมาชิก ได้แก่ {links}"
    paras.append(s)
    if coordinator and coordinator[0] == "partner":
        p = coordinator[1]
        paras.append(f"ผู้ประสานงานคือ[{p['name']['th']}](@partner/{p['id']}) "
                     "ซึ่งนัดประชุมเครือข่ายทุกสามเดือนและช่วยติดตามแผนของแต่ละกลุ่ม")
    elif coordinator:
        c = coordinator[1]
        paras.append(f"ผู้ประสานงานคือ[{c['name']['th']}](@{c['id']}) "
                     "ซึ่งผลัดกันเป็นเจ้าภาพประชุมกับกลุ่มอื่นในเครือข่าย")
    paras.append("เครือข่ายทำงานตาม[เป้าหมายการพัฒนาที่ยั่งยืนข้อ 17.17](@sdg/17.17) "
                 "คือความร่วมมือระหว่างภาครัฐ เอกชน และประชาสังคม")
    return "\n\n".join(paras) + "\n"


KNOWLEDGE_PAGES = [
    ("value-and-customers", 1, "คุณค่าและลูกค้า: สองช่องแรกของแคนวาส",
     "เริ่มจากสิ่งที่ลูกค้าได้รับ แล้วจึงถามว่าใครคือลูกค้า",
     ["ช่องแรกของแคนวาสถามว่าลูกค้าได้อะไรจากสินค้าหรือบริการของกลุ่ม คำตอบที่ดีไม่ใช่ชื่อสินค้า "
      "แต่เป็นเหตุผลที่คนยอมจ่าย เช่น ความสด ที่มาที่ตรวจสอบได้ หรือเรื่องเล่าของหมู่บ้าน",
      "ช่องที่สองคือกลุ่มลูกค้าเป้าหมาย ให้เขียนให้ชัดว่าเป็นใคร อยู่ที่ไหน และซื้อเมื่อไร "
      "ลูกค้าแต่ละกลุ่มควรโยงกลับไปหาคุณค่าที่เขาต้องการ ดูตัวอย่างจาก[{c0}](@{i0}#{v0})",
      "ถ้าคุณค่าข้อใดยังไม่มีลูกค้ารองรับ หรือมีลูกค้าที่ไม่รู้ว่าจะขายอะไรให้ "
      "ให้กลับไปคุยกันในวงประชุมก่อนไปขั้นต่อไป ขั้นถัดไปอยู่ที่[การเข้าถึงลูกค้า](@knowledge/community-canvas/reaching-customers)"]),
    ("reaching-customers", 2, "การสื่อสาร การปิดการขาย และรายได้",
     "ช่องที่สามถึงห้า: ลูกค้าพบสินค้าอย่างไร ซื้อซ้ำเพราะอะไร และเงินเข้ามาทางไหน",
     ["การสื่อสารการตลาดต้องบอกได้ว่าพาลูกค้ากลุ่มใดไปพบคุณค่าข้อใด ช่องทางหนึ่งจึงโยงทั้งลูกค้าและคุณค่าเสมอ",
      "การปิดการขายและการซื้อซ้ำคือสิ่งที่ทำให้ลูกค้ากลับมา เช่น บัตรสมาชิก การรับจองล่วงหน้า "
      "หรือการโทรถามหลังส่งของ กลุ่ม[{c1}](@{i1})ใช้หลายวิธีร่วมกัน",
      "ที่มาของรายได้ต้องโยงกับคุณค่าที่ขาย ใส่จำนวนเงินต่อปี หรือระบุว่าเป็นรายเดือนหรือครั้งเดียว "
      "เพื่อให้รวมรายได้ทั้งปีได้ถูกต้อง"]),
    ("activities-and-costs", 3, "กิจกรรม ทรัพยากร ภาคี และค่าใช้จ่าย",
     "ช่องที่หกถึงเก้า: งานที่ต้องทำ สิ่งที่มีอยู่แล้ว ผู้ที่มาช่วย และต้นทุน",
     ["กิจกรรมหลักคืองานที่ต้องทำเพื่อให้คุณค่าไปถึงลูกค้า ทุกกิจกรรมควรบอกได้ว่าช่วยช่องใดในสี่ช่องแรก",
      "ทรัพยากรที่ยังใช้ไม่เต็มที่ เช่น อาคารว่าง ที่ดินสาธารณะ หรือฝีมือของผู้สูงอายุ "
      "ช่วยลดต้นทุนของกิจกรรมได้ ภาคีความร่วมมือคือสิ่งที่ต้องขอจากภายนอก เช่น[{p0}](@partner/{pi0})",
      "ค่าใช้จ่ายทุกรายการต้องโยงกับกิจกรรม กิจกรรมที่ไม่มีต้นทุนเลยมักเป็นกิจกรรมที่ยังไม่ได้คิดให้ครบ "
      "ดูแคนวาสฉบับเต็มของ[{c2}](@{i2}/canvas)"]),
    ("measuring-results", 4, "ตัวชี้วัดและเป้าหมายการพัฒนาที่ยั่งยืน",
     "ผลผลิต ผลลัพธ์ และผลกระทบ กับการโยงไปยังเป้าหมายระดับโลก",
     ["ผลผลิตคือรายได้และสุขภาพของสมาชิกที่ดีขึ้น ผลลัพธ์คือการที่ผู้คนคิด ทำ เรียนรู้ ตรวจสอบ "
      "และแบ่งปันร่วมกัน ส่วนผลกระทบคือสิ่งแวดล้อมและธรรมชาติที่ดีขึ้น",
      "ตัวชี้วัดแต่ละตัวควรมีค่าฐาน ค่าเป้าหมาย และผลการวัดรายปี และควรบอกว่าสอดคล้องกับ"
      "[เป้าหมายที่ 8](@sdg/8) หรือ[เป้าหมายย่อย 1.2](@sdg/1.2)ข้อใด",
      "เมื่อเขียนครบทุกขั้นแล้ว พิมพ์ชุดความรู้ทั้งชุดได้จาก[หน้าพิมพ์](@knowledge/community-canvas/print)"]),
]


def build_knowledge(communities):
    ex = communities[:3] if communities else []
    while ex and len(ex) < 3:
        ex.append(ex[-1])
    ctx = {}
    for k, c in enumerate(ex):
        ctx[f"c{k}"] = c["name"]["th"]
        ctx[f"i{k}"] = c["id"]
        ctx[f"v{k}"] = c["canvas"]["value"][0]["id"]
    p0 = None
    for c in ex:
        for it in c["canvas"]["partners"]:
            if "partner" in it:
                p0 = it
                break
        if p0:
            break
    pages = [dict(id="index", lang=None,
                  front={"title": {"th": "ชุดความรู้ แผนธุรกิจชุมชนเก้าขั้น",
                                   "en": "Knowledge set: the nine-step community business plan"},
                         "summary": "วิธีเขียนแคนวาสเก้าขั้นและตัวชี้วัดจากประสบการณ์ของชุมชนในเครือข่าย"},
                  body="ชุดความรู้นี้รวบรวมวิธีเขียนแผนธุรกิจชุมชนแบบเก้าขั้น จากการทำงานจริงของกลุ่มในเครือข่าย "
                       "อ่านตามลำดับตั้งแต่[คุณค่าและลูกค้า](@knowledge/community-canvas/value-and-customers) "
                       "จนถึง[ตัวชี้วัด](@knowledge/community-canvas/measuring-results)\n\n"
                       "แต่ละหน้ามีตัวอย่างจากชุมชนจริงในชุดข้อมูล เช่น"
                       + (f"[{ctx['c0']}](@{ctx['i0']})" if ex else "กลุ่มในเครือข่าย") + "\n"),
             dict(id="index", lang="en",
                  front={"title": "Knowledge set: the nine-step community business plan",
                         "summary": "How to write the nine-step canvas and its indicators"},
                  body="This set explains the nine-step community business plan, step by step, "
                       "with examples from the network's own groups. Start with "
                       "[value and customers](@knowledge/community-canvas/value-and-customers).\n")]
    for pid, order, title, summary, paras in KNOWLEDGE_PAGES:
        body = []
        for para in paras:
            if "{p0}" in para and not p0:
                para = para.split(" เช่น[{p0}]")[0]
            if "{" in para and ex:
                para = para.format(**ctx, p0=(p0 and p0["text"].split(" ")[0]) or "",
                                   pi0=(p0 and p0["partner"]) or "")
            elif "{" in para:
                continue
            body.append(para)
        pages.append(dict(id=pid, lang=None, front={"title": title, "order": order, "summary": summary},
                          body="\n\n".join(body) + "\n"))
    return [dict(id=KNOWLEDGE_SET, pages=pages)]


def _sentences(rng, pool, lo, hi, ctx):
    k = min(len(pool), rng.randint(lo, hi))
    return [_fill(s, ctx) for s in rng.sample(pool, k)]


def build_pages(c, communities, networks, partners, rng):
    """The community's Markdown pages: index.md (Thai story), sometimes
    index.en.md and one more page."""
    cid = c["id"]
    g = c["geo"]
    values = c["canvas"]["value"]
    v0 = values[0]
    p1 = values[1]["product"]["th"] if len(values) > 1 else v0["product"]["th"]
    sdg = c["indicators"][0]["sdg"][0]
    ctx = dict(c["ctx"], name=c["name"]["th"], village=c["location"]["village"],
               founded=c["founded"], members=c["members"], moo=c["location"]["moo"],
               tambon=g["tambon"]["th"], amphoe=g["amphoe"]["th"], changwat=g["changwat"]["th"],
               plink=f"[{v0['product']['th']}](@{cid}#{v0['id']})",
               p0=v0["product"]["th"], p1=p1, canvas=f"@{cid}/canvas",
               klink=f"@knowledge/{KNOWLEDGE_SET}", sdg=sdg, sdglink=f"@sdg/{sdg}")
    paras = []
    paras.append(_sentences(rng, V.STORY_HISTORY, 2, 2 + (rng.random() < 0.3), ctx))
    prod = [_fill(V.STORY_PRODUCT[0], ctx)] + _sentences(rng, V.STORY_PRODUCT[1:], 0, 2, ctx)
    paras.append(prod)
    links = []
    net = None
    if c["networks"]:
        net = _net_index(networks)[c["networks"][0]]
        links.append(_fill(rng.choice(V.STORY_NETWORK_NET),
                           dict(netname=net["name"]["th"], netlink=f"@network/{net['id']}")))
    other = None
    if c["trades"]:
        other = communities[_community_number(c["trades"][0]["with"])]
        links.append(_fill(rng.choice(V.STORY_NETWORK_TRADE),
                           dict(othername=other["name"]["th"], otherlink=f"@{other['id']}")))
    pitem = next((x for x in c["canvas"]["partners"] if "partner" in x), None)
    partner = None
    if pitem and (len(links) < 2 or rng.random() < 0.5):
        partner = _partner_index(partners)[pitem["partner"]]
        links.append(_fill(rng.choice(V.STORY_NETWORK_PARTNER),
                           dict(partnername=partner["name"]["th"],
                                partnerlink=f"@partner/{partner['id']}")))
    if not links:
        links.append(_fill(V.STORY_MARKET[3], ctx))
    paras.append(links)
    optional = [(V.STORY_MARKET, 1, 1), (V.STORY_RESULTS, 1, 2), (V.STORY_FUTURE, 1, 1)]
    k = rng.randint(0, 3)
    chosen = sorted(rng.sample(range(3), k))
    for j in chosen:
        pool, lo, hi = optional[j]
        paras.append(_sentences(rng, pool, lo, hi, ctx))
    extra_page = None
    if rng.random() < 0.02:
        year = rng.randint(2565, 2568)
        extra_page = f"meeting-{year}"
        paras.append([f"บันทึกการประชุมใหญ่ประจำปีของกลุ่มอ่านได้ที่[หน้านี้](@{cid}/{extra_page})"])
    body = "\n\n".join(" ".join(p) for p in paras) + "\n"
    if rng.random() < 0.3:
        body = "## เรื่องของเรา\n\n" + body
    front = None
    if rng.random() < 0.5:
        front = {"summary": f"{c['name']['th']} อำเภอ{g['amphoe']['th']} จังหวัด{g['changwat']['th']}"}
    pages = [dict(id="index", lang=None, front=front, body=body)]
    if rng.random() < 0.05:
        en = dict(name=c["name"]["en"], founded_ce=c["founded"] - 543,
                  village_en=g["village_en"], members=c["members"], moo=c["location"]["moo"],
                  tambon_en=g["tambon"]["en"], amphoe_en=g["amphoe"]["en"],
                  changwat_en=g["changwat"]["en"],
                  plink=f"[{v0['product']['en']}](@{cid}#{v0['id']})",
                  raw_en="materials", sdg=sdg, sdglink=f"@sdg/{sdg}", canvas=f"@{cid}/canvas")
        ep = [_sentences(rng, V.EN_HISTORY, 2, 4, en), _sentences(rng, V.EN_PRODUCT, 2, 3, en)]
        el = []
        if net:
            el.append(_fill(V.EN_LINKS[0], dict(netname_en=net["name"]["en"],
                                                netlink=f"@network/{net['id']}")))
        if other:
            el.append(_fill(V.EN_LINKS[1], dict(othername_en=other["name"]["en"],
                                                otherlink=f"@{other['id']}")))
        if partner:
            el.append(_fill(V.EN_LINKS[2], dict(partnername_en=partner["name"]["en"],
                                                partnerlink=f"@partner/{partner['id']}")))
        if el:
            ep.append(el)
        ep.append(_sentences(rng, V.EN_RESULTS, 1, 3, en))
        pages.append(dict(id="index", lang="en",
                          front={"summary": c["name"]["en"]},
                          body="\n\n".join(" ".join(p) for p in ep) + "\n"))
    if extra_page:
        pages.append(dict(
            id=extra_page, lang=None,
            front={"title": f"บันทึกการประชุมใหญ่ประจำปี {extra_page[-4:]}",
                   "summary": "สรุปมติและแผนงานของปี"},
            body=("สมาชิกมาประชุม {m} คน ที่ประชุมรับรองบัญชีของปีที่แล้วและเลือกคณะกรรมการชุดใหม่\n\n"
                  "มติสำคัญคือเพิ่มการผลิต{p}และทบทวน[แคนวาสของกลุ่ม](@{cid}/canvas) "
                  "ให้ตรงกับลูกค้ากลุ่มใหม่ ส่วนตัวชี้วัดที่ติดตามคือ[{ind}](@{cid}#{iid})\n").format(
                m=max(5, c["members"] * 2 // 3), p=v0["product"]["th"], cid=cid,
                ind=c["indicators"][0]["name"]["th"], iid=c["indicators"][0]["id"])))
    return pages


_NET_INDEX = {}
_PARTNER_INDEX = {}


def _net_index(networks):
    key = id(networks)
    if key not in _NET_INDEX:
        _NET_INDEX.clear()
        _NET_INDEX[key] = {nw["id"]: nw for nw in networks}
    return _NET_INDEX[key]


def _partner_index(partners):
    key = id(partners)
    if key not in _PARTNER_INDEX:
        _PARTNER_INDEX.clear()
        _PARTNER_INDEX[key] = {p["id"]: p for p in partners}
    return _PARTNER_INDEX[key]


def _community_number(cid: str) -> int:
    return int(cid.rsplit("-", 1)[1]) - 1


# --------------------------------------------------------------------------
# Phase 2: the Thanrak content tree

def community_yaml(c) -> str:
    loc = c["location"]
    out = [f"name: {ytext(c['name'])}", f"kind: {c['kind']}", "location:",
           f"  village: {ys(loc['village'])}", f"  moo: {loc['moo']}",
           f"  tambon: {ys(loc['tambon'])}", f"  amphoe: {ys(loc['amphoe'])}",
           f"  changwat: {ys(loc['changwat'])}"]
    if "ecoregion" in loc:
        out.append(f"  ecoregion: {ys(loc['ecoregion'])}")
    if "coordinates" in loc:
        la, lo = loc["coordinates"]
        out.append(f"  coordinates: [{la:.3f}, {lo:.3f}]")
    out.append(f"founded: {c['founded']}")
    out.append(f"members: {c['members']}")
    out.append(f"stage: {c['stage']}")
    out.append("networks: [" + ", ".join(c["networks"]) + "]")
    out.append("cycle: [" + ", ".join(c["cycle"]) + "]")
    out.append("ksnb: {" + ", ".join(f"{k}: {v}" for k, v in c["ksnb"].items()) + "}")
    out.append("foundations:")
    for k, v in c["foundations"].items():
        out.append(f"  {k}: {v}")
    if c["trades"]:
        out.append("trades:")
        for t in c["trades"]:
            out.append(f"  - with: {t['with']}")
            if "sells" in t:
                out.append(f"    sells: {ytext(t['sells'])}")
            else:
                out.append(f"    buys: {ytext(t['buys'])}")
    else:
        out.append("trades: []")
    return "\n".join(out) + "\n"


def canvas_yaml(c) -> str:
    out = [f"# แผนธุรกิจชุมชน 9 ขั้น: {c['name']['th']}"]
    canvas = c["canvas"]
    for step in STEPS:
        out.append(f"{step}:")
        for it in canvas[step]:
            out.append(f"  - id: {it['id']}")
            out.append(f"    text: {ys(it['text'])}")
            if "partner" in it:
                out.append(f"    partner: {it['partner']}")
            if it.get("refs"):
                out.append("    refs: [" + ", ".join(it["refs"]) + "]")
            if "amount" in it:
                out.append(f"    amount: {it['amount']}")
                if "per" in it:
                    out.append(f"    per: {it['per']}")
    return "\n".join(out) + "\n"


def indicators_yaml(c) -> str:
    out = []
    for ind in c["indicators"]:
        out.append(f"- id: {ind['id']}")
        out.append(f"  name: {ytext(ind['name'])}")
        out.append(f"  level: {ind['level']}")
        out.append(f"  unit: {ys(ind['unit'])}")
        out.append("  sdg: [" + ", ".join(f'"{s}"' for s in ind["sdg"]) + "]")
        out.append(f"  direction: {ind['direction']}")
        b, t = ind["baseline"], ind["target"]
        out.append(f"  baseline: {{year: {b['year']}, value: {ynum(b['value'])}}}")
        out.append(f"  target: {{year: {t['year']}, value: {ynum(t['value'])}}}")
        if ind.get("measurements"):
            out.append("  measurements:")
            for m in ind["measurements"]:
                out.append(f"    - {{year: {m['year']}, value: {ynum(m['value'])}}}")
        out.append(f"  source: {ys(ind['source'])}")
        out.append("  refs: [" + ", ".join(ind["refs"]) + "]")
    return "\n".join(out) + "\n"


def page_md(page) -> str:
    front = page.get("front")
    head = ""
    if front:
        lines = ["---"]
        for k, v in front.items():
            if isinstance(v, int):
                lines.append(f"{k}: {v}")
            else:
                lines.append(f"{k}: {ytext(v)}")
        lines.append("---")
        head = "\n".join(lines) + "\n\n"
    return head + page["body"]


def network_yaml(nw) -> str:
    out = [f"name: {ytext(nw['name'])}", f"kind: {nw['kind']}"]
    if "theme" in nw:
        out.append(f"theme: {nw['theme']}")
    out.append(f"level: {nw['level']}")
    if "coordinator" in nw:
        out.append(f"coordinator: {nw['coordinator']}")
    out.append("about: |")
    for line in nw["about"].rstrip("\n").split("\n"):
        out.append(("  " + line) if line else "")
    return "\n".join(out) + "\n"


def partner_yaml(p) -> str:
    return f"name: {ytext(p['name'])}\nsector: {p['sector']}\nlevel: {p['level']}\n"


def site_yaml(site) -> str:
    return (f"title: {ytext(site['title'])}\nbase_url: {site['base_url']}\n"
            f"languages: [{', '.join(site['languages'])}]\ncalendar: {site['calendar']}\n")


def _page_file(page) -> str:
    return page["id"] + (f".{page['lang']}" if page["lang"] else "") + ".md"


def write_thanrak(plan: dict, out: str) -> tuple[int, int]:
    """Write the Thanrak content tree of `plan` into `out` (which must exist
    and be empty). Returns (files, bytes)."""
    files = 0
    total = 0

    def w(path, text):
        nonlocal files, total
        data = text.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        files += 1
        total += len(data)

    w(os.path.join(out, "site.yaml"), site_yaml(plan["site"]))
    cdir = os.path.join(out, "communities")
    os.mkdir(cdir)
    for c in plan["communities"]:
        d = os.path.join(cdir, c["id"])
        os.mkdir(d)
        w(d + "/community.yaml", community_yaml(c))
        w(d + "/canvas.yaml", canvas_yaml(c))
        w(d + "/indicators.yaml", indicators_yaml(c))
        for page in c["pages"]:
            w(d + "/" + _page_file(page), page_md(page))
    ndir = os.path.join(out, "networks")
    os.mkdir(ndir)
    for nw in plan["networks"]:
        w(f"{ndir}/{nw['id']}.yaml", network_yaml(nw))
    pdir = os.path.join(out, "partners")
    os.mkdir(pdir)
    for p in plan["partners"]:
        w(f"{pdir}/{p['id']}.yaml", partner_yaml(p))
    kdir = os.path.join(out, "knowledge")
    os.mkdir(kdir)
    for ks in plan["knowledge"]:
        d = os.path.join(kdir, ks["id"])
        os.mkdir(d)
        for page in ks["pages"]:
            w(d + "/" + _page_file(page), page_md(page))
    return files, total


# --------------------------------------------------------------------------
# Phase 2b: the Hugo twin. The same plans as a Hugo site that renders the
# same pages: per community its page, its canvas and its handout, in Thai and
# English (6 pages), plus the meeting pages, /communities/ and the home page.
# The layouts, interface words and fixed data are the files in hugo-twin/;
# this writes hugo.toml, the network and partner names (data/) and content/.

HUGO_TWIN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hugo-twin")


def _indent(text: str, by: str = "  ") -> list:
    return [(by + line) if line else line for line in text.rstrip("\n").split("\n")
            if not line.startswith("#")]


def hugo_community_front(c, page) -> str:
    """Front matter of content/communities/<id>/_index.th.md: the whole plan
    (profile, cycle, networks, capacity, trades, canvas, indicators)."""
    loc = c["location"]
    out = ["---", f"title: {ys(c['name']['th'])}", "layout: community"]
    if page and page.get("front"):
        for k, v in page["front"].items():
            out.append(f"{k}: {ytext(v)}")
    out += ["profile:", f"  kind: {c['kind']}", f"  village: {ys(loc['village'])}",
            f"  moo: {loc['moo']}", f"  tambon: {ys(loc['tambon'])}",
            f"  amphoe: {ys(loc['amphoe'])}", f"  changwat: {ys(loc['changwat'])}"]
    if "ecoregion" in loc:
        out.append(f"  ecoregion: {ys(loc['ecoregion'])}")
    if "coordinates" in loc:
        la, lo = loc["coordinates"]
        out.append(f"  coordinates: [{la:.3f}, {lo:.3f}]")
    out += [f"  founded: {c['founded']}", f"  members: {c['members']}", f"  stage: {c['stage']}",
            "networks: [" + ", ".join(c["networks"]) + "]",
            "cycle: [" + ", ".join(c["cycle"]) + "]",
            "ksnb: {" + ", ".join(f"{k}: {v}" for k, v in c["ksnb"].items()) + "}",
            "foundations: {" + ", ".join(f"{k}: {v}" for k, v in c["foundations"].items()) + "}"]
    if c["trades"]:
        out.append("trades:")
        for t in c["trades"]:
            what = "sells" if "sells" in t else "buys"
            out.append(f"  - {{with: {t['with']}, {what}: {ytext(t[what])}}}")
    out.append("canvas:")
    out += _indent(canvas_yaml(c))
    out.append("indicators:")
    out += _indent(indicators_yaml(c))
    out.append("---")
    return "\n".join(out) + "\n"


def hugo_toml(plan) -> str:
    site = plan["site"]
    return "\n".join([
        "# Hugo twin of a Thanrak benchmark corpus (Benchmarks/generate.py --hugo).",
        f"baseURL = {json.dumps(site['base_url'])}",
        'defaultContentLanguage = "th"',
        "defaultContentLanguageInSubdir = false",
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]',
        "uglyURLs = false",
        "disableHugoGeneratorInject = true",
        'timeout = "600s"',
        "",
        "[languages.th]",
        '  languageName = "ไทย"',
        f"  title = {json.dumps(site['title']['th'], ensure_ascii=False)}",
        "  weight = 1",
        "[languages.en]",
        '  languageName = "English"',
        f"  title = {json.dumps(site['title']['en'], ensure_ascii=False)}",
        "  weight = 2",
        "",
    ])


def write_hugo(plan: dict, out: str) -> tuple[int, int]:
    """Write the Hugo twin of `plan` into `out` (which must exist and be
    empty). Returns (files, bytes)."""
    files = 0
    total = 0

    def w(path, text):
        nonlocal files, total
        data = text.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        files += 1
        total += len(data)

    # fixed part: layouts, i18n, data/steps.json, data/sdg.json, static/
    for dp, dns, fns in os.walk(HUGO_TWIN):
        dns.sort()
        rel = os.path.relpath(dp, HUGO_TWIN)
        dest = out if rel == "." else os.path.join(out, rel)
        os.makedirs(dest, exist_ok=True)
        for fn in sorted(fns):
            with open(os.path.join(dp, fn), encoding="utf-8") as f:
                w(os.path.join(dest, fn), f.read())
    w(os.path.join(out, "hugo.toml"), hugo_toml(plan))
    names = lambda xs: "{\n" + ",\n".join(  # noqa: E731
        f"{json.dumps(x['id'])}: {json.dumps(x['name'], ensure_ascii=False)}" for x in xs) + "\n}\n"
    os.makedirs(os.path.join(out, "data"), exist_ok=True)
    w(os.path.join(out, "data", "networks.json"), names(plan["networks"]))
    w(os.path.join(out, "data", "partners.json"), names(plan["partners"]))

    content = os.path.join(out, "content")
    cdir = os.path.join(content, "communities")
    os.makedirs(cdir)
    title = plan["site"]["title"]
    w(os.path.join(content, "_index.th.md"), f"---\ntitle: {ys(title['th'])}\n---\n")
    w(os.path.join(content, "_index.en.md"), f"---\ntitle: {ys(title['en'])}\n---\n")
    w(os.path.join(cdir, "_index.th.md"), "---\ntitle: ชุมชน\n---\n")
    w(os.path.join(cdir, "_index.en.md"), "---\ntitle: Communities\n---\n")
    for c in plan["communities"]:
        d = os.path.join(cdir, c["id"])
        os.mkdir(d)
        th = next(p for p in c["pages"] if p["id"] == "index" and p["lang"] is None)
        en = next((p for p in c["pages"] if p["id"] == "index" and p["lang"] == "en"), None)
        w(d + "/_index.th.md", hugo_community_front(c, th) + "\n" + th["body"])
        en_front = [f"title: {ys(c['name']['en'])}", "layout: community"]
        if en and en.get("front"):
            en_front += [f"{k}: {ytext(v)}" for k, v in en["front"].items()]
        w(d + "/_index.en.md", "---\n" + "\n".join(en_front) + "\n---\n"
          + ("\n" + en["body"] if en else ""))
        for lang in ("th", "en"):
            w(f"{d}/canvas.{lang}.md", "---\nlayout: canvas\n---\n")
            w(f"{d}/handout.{lang}.md", "---\nlayout: handout\n---\n")
        for p in c["pages"]:
            if p["id"] == "index":
                continue
            w(f"{d}/{p['id']}.th.md", page_md(p))
            w(f"{d}/{p['id']}.en.md", f"---\ntitle: {ytext(p['front']['title'])}\n---\n")
    return files, total


# --------------------------------------------------------------------------
# --verify: re-read a tree with PyYAML and check the rules the generator
# promises (the §4 reference rules, ids, links, SDG codes, no warnings).

def _default_sdg_path():
    here = os.path.dirname(os.path.abspath(__file__))
    for cand in (os.path.join(here, "..", "..", "shared", "data", "sdg-codes.json"),
                 os.path.join(here, "..", "shared", "data", "sdg-codes.json"),
                 "/work/shared/data/sdg-codes.json"):
        if os.path.exists(cand):
            return os.path.normpath(cand)
    return None


LINK_RE = re.compile(r"\]\((@[^)\s]*)\)|^ {0,3}\[[^\]]+\]:\s*(@\S+)", re.M)


def verify(root: str, sdg_path: str | None, allow_cycle_gaps: bool = False) -> list[str]:
    import yaml  # PyYAML, only for verification

    class Loader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):
        pass

    def construct_mapping(loader, node, deep=False):
        keys = set()
        for k, _ in node.value:
            kv = loader.construct_object(k, deep=deep)
            if kv in keys:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {kv!r}", k.start_mark)
            keys.add(kv)
        return yaml.SafeLoader.construct_mapping(loader, node, deep)

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)

    problems = []

    def bad(where, msg):
        problems.append(f"{where}: {msg}")

    def load(path):
        with open(path, "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8")
        if not unicodedata.is_normalized("NFC", text):
            bad(path, "text is not NFC")
        try:
            docs = 0
            for ev in yaml.parse(text, Loader=Loader):
                if isinstance(ev, yaml.DocumentStartEvent):
                    docs += 1
                elif isinstance(ev, yaml.AliasEvent) or getattr(ev, "anchor", None) \
                        or getattr(ev, "tag", None) is not None:
                    bad(path, f"anchor, alias or tag at {ev.start_mark}")
            if docs > 1:
                bad(path, "more than one YAML document")
            return yaml.load(text, Loader=Loader)
        except yaml.YAMLError as e:
            bad(path, f"YAML: {e}")
            return None

    def front_matter(path):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if not unicodedata.is_normalized("NFC", text):
            bad(path, "text is not NFC")
        if not text.startswith("---\n"):
            return None, text
        end = text.index("\n---\n", 3)
        try:
            fm = yaml.load(text[4:end + 1], Loader=Loader)
        except yaml.YAMLError as e:
            bad(path, f"front matter YAML: {e}")
            fm = None
        return fm, text[end + 5:]

    site_langs = ["th"]

    def check_text(where, t, required=True):
        if isinstance(t, str):
            if required and not t:
                bad(where, "empty text")
            return
        if isinstance(t, dict):
            for k, v in t.items():
                if k not in site_langs:
                    bad(where, f"text language {k!r} not in site.yaml")
                if not isinstance(v, str) or not v:
                    bad(where, f"text {k} is not a non-empty string: {v!r}")
            if site_langs[0] not in t:
                bad(where, "text without the default language")
            return
        bad(where, f"not text: {t!r}")

    def check_keys(where, d, allowed, required=()):
        if not isinstance(d, dict):
            bad(where, f"expected a mapping, got {type(d).__name__}")
            return False
        for k in d:
            if k not in allowed:
                bad(where, f"unknown key {k!r}")
        for k in required:
            if k not in d or d[k] is None or d[k] == "":
                bad(where, f"missing {k}")
        return True

    def check_id(where, x):
        if not isinstance(x, str) or not ID_RE.match(x) or len(x) > 64:
            bad(where, f"bad id {x!r}")

    # SDG codes
    sdg = set()
    if sdg_path:
        with open(sdg_path, encoding="utf-8") as f:
            data = json.load(f)
        for g in data["goals"]:
            sdg.add(g["goal"])
            for t in g["targets"]:
                sdg.add(t["target"])
                sdg.update(t["indicators"])
    else:
        bad(root, "sdg-codes.json not found: SDG codes not checked (use --sdg)")

    # site
    site = load(os.path.join(root, "site.yaml"))
    if check_keys("site.yaml", site, {"title", "base_url", "languages", "calendar"},
                  ("title", "base_url")):
        site_langs = site.get("languages") or ["th"]
        check_text("site.yaml title", site["title"])
        if not str(site["base_url"]).startswith(("http://", "https://")):
            bad("site.yaml", "base_url not absolute")
        if site.get("calendar", "buddhist") not in ("buddhist", "gregorian"):
            bad("site.yaml", "calendar")

    # top level
    for name in sorted(os.listdir(root)):
        if name not in ("site.yaml", "communities", "networks", "partners", "knowledge") \
                and not name.startswith("."):
            bad(root, f"unknown top-level entry {name}")

    partners = {}
    pdir = os.path.join(root, "partners")
    for fn in sorted(os.listdir(pdir)) if os.path.isdir(pdir) else []:
        pid = fn[:-5]
        check_id(f"partners/{fn}", pid)
        if not fn.endswith(".yaml"):
            bad(f"partners/{fn}", "not .yaml")
        p = load(os.path.join(pdir, fn))
        if check_keys(f"partners/{fn}", p, {"name", "sector", "level"}, ("name", "sector", "level")):
            check_text(f"partners/{fn} name", p["name"])
            if p["sector"] not in PARTNER_SECTORS:
                bad(f"partners/{fn}", f"sector {p['sector']!r}")
            if p["level"] not in PARTNER_LEVELS:
                bad(f"partners/{fn}", f"level {p['level']!r}")
        partners[pid] = p

    cdir = os.path.join(root, "communities")
    cids = sorted(os.listdir(cdir))
    cidset = set(cids)
    lower = {}
    for x in cids:
        check_id(f"communities/{x}", x)
        if x in ("network", "partner", "knowledge", "sdg"):
            bad(x, "reserved community id")
        if x.lower() in lower:
            bad(x, "case collision")
        lower[x.lower()] = x
    if cidset & set(partners):
        bad(root, "partner ids that are community ids")

    networks = {}
    ndir = os.path.join(root, "networks")
    net_links = []
    for fn in sorted(os.listdir(ndir)) if os.path.isdir(ndir) else []:
        nid = fn[:-5]
        where = f"networks/{fn}"
        check_id(where, nid)
        nw = load(os.path.join(ndir, fn))
        networks[nid] = nw
        if not check_keys(where, nw, {"name", "kind", "theme", "level", "coordinator", "about"},
                          ("name", "kind", "level")):
            continue
        check_text(where + " name", nw["name"])
        if nw["kind"] not in NETWORK_KINDS:
            bad(where, f"kind {nw['kind']!r}")
        if nw["kind"] == "thematic" and nw.get("theme") not in V.NETWORK_THEMES:
            bad(where, f"theme {nw.get('theme')!r}")
        if nw["level"] not in NETWORK_LEVELS:
            bad(where, f"level {nw['level']!r}")
        co = nw.get("coordinator")
        if co is not None and ((co in partners) == (co in cidset)):
            bad(where, f"coordinator {co!r} names neither or both")
        if "about" in nw:
            net_links += [(where, m[0] or m[1]) for m in LINK_RE.findall(nw["about"])]

    comm_keys = {"name", "kind", "location", "founded", "members", "stage", "networks",
                 "cycle", "ksnb", "foundations", "trades"}
    loc_keys = {"village", "moo", "tambon", "amphoe", "changwat", "ecoregion", "coordinates"}
    ind_keys = {"id", "name", "level", "unit", "sdg", "direction", "baseline", "target",
                "measurements", "source", "refs"}
    items_of = {}   # community -> set of item and indicator ids
    pages_of = {}   # community -> set of page ids
    links = list(net_links)
    cycle_by_amphoe = {}
    counts = dict(communities=0, items=0, indicators=0, trades=0, pages=0, links=0)

    def year_ok(y):
        return isinstance(y, int) and not isinstance(y, bool) and 1800 <= (y - 543 if y >= 2400 else y) <= 2200

    for cid in cids:
        d = os.path.join(cdir, cid)
        counts["communities"] += 1
        files = sorted(os.listdir(d))
        pages = set()
        for fn in files:
            if fn in ("community.yaml", "canvas.yaml", "indicators.yaml"):
                continue
            if fn.endswith(".md"):
                parts = fn[:-3].split(".")
                check_id(f"{cid}/{fn}", parts[0])
                if len(parts) == 2 and (parts[1] not in site_langs[1:]):
                    bad(f"{cid}/{fn}", "translation language not a second language of the site")
                if len(parts) > 2:
                    bad(f"{cid}/{fn}", "bad page file name")
                if parts[0] in ("canvas", "handout"):
                    bad(f"{cid}/{fn}", "reserved page id")
                pages.add(parts[0])
            else:
                bad(f"{cid}/{fn}", "unexpected file")
        for req in ("community.yaml", "canvas.yaml"):
            if req not in files:
                bad(cid, f"missing {req}")
        pages_of[cid] = pages
        # community.yaml
        where = f"communities/{cid}/community.yaml"
        cy = load(os.path.join(d, "community.yaml"))
        if check_keys(where, cy, comm_keys, ("name", "location", "stage")):
            check_text(where + " name", cy["name"])
            for k in comm_keys:
                if k not in cy:
                    bad(where, f"generator should write every field; {k} missing")
            loc = cy["location"]
            if check_keys(where + " location", loc, loc_keys, ("changwat",)):
                for k in ("village", "tambon", "amphoe", "changwat", "ecoregion"):
                    if k in loc and not isinstance(loc[k], str):
                        bad(where, f"location.{k} not a string")
                if not isinstance(loc.get("moo"), int):
                    bad(where, "moo not an integer")
                co = loc.get("coordinates")
                if co is not None and not (isinstance(co, list) and len(co) == 2
                                           and -90 <= co[0] <= 90 and -180 <= co[1] <= 180):
                    bad(where, f"coordinates {co!r}")
                if loc.get("amphoe"):
                    cycle_by_amphoe.setdefault((loc["changwat"], loc["amphoe"]), set()).update(
                        cy.get("cycle") or [])
            if not year_ok(cy.get("founded")):
                bad(where, "founded")
            if not isinstance(cy.get("members"), int) or cy["members"] < 0:
                bad(where, "members")
            if cy["stage"] not in (1, 2, 3, 4):
                bad(where, "stage")
            nets = cy.get("networks") or []
            if len(set(nets)) != len(nets):
                bad(where, "duplicate network")
            for x in nets:
                if x not in networks:
                    bad(where, f"unknown network {x!r}")
            cyc = cy.get("cycle") or []
            if len(set(cyc)) != len(cyc) or any(x not in CYCLE_ROLES for x in cyc):
                bad(where, f"cycle {cyc!r}")
            ks = cy.get("ksnb") or {}
            if set(ks) - set(KSNB_KEYS) or any(not (1 <= v <= 5) for v in ks.values()):
                bad(where, f"ksnb {ks!r}")
            fo = cy.get("foundations") or {}
            if set(fo) - set(FOUNDATION_KEYS) or any(not (1 <= v <= 5) for v in fo.values()):
                bad(where, f"foundations {fo!r}")
            for t in cy.get("trades") or []:
                counts["trades"] += 1
                check_keys(where + " trade", t, {"with", "sells", "buys"}, ("with",))
                if ("sells" in t) == ("buys" in t):
                    bad(where, "trade needs exactly one of sells/buys")
                if t.get("with") not in cidset or t.get("with") == cid:
                    bad(where, f"trade with {t.get('with')!r}")
                check_text(where + " trade goods", t.get("sells", t.get("buys")))
        # canvas.yaml
        where = f"communities/{cid}/canvas.yaml"
        cv = load(os.path.join(d, "canvas.yaml")) or {}
        step_of = {}
        if check_keys(where, cv, set(STEPS)):
            for step in STEPS:
                items = cv.get(step)
                if not items:
                    bad(where, f"empty step {step}")
                    continue
                for it in items:
                    allowed = {"id", "text"}
                    if STEP_REFS_ALLOWED[step]:
                        allowed.add("refs")
                    if step in ("revenue", "costs"):
                        allowed |= {"amount", "per"}
                    if step == "partners":
                        allowed.add("partner")
                    if not check_keys(f"{where} {step}", it, allowed, ("id", "text")):
                        continue
                    counts["items"] += 1
                    check_id(f"{where} {step}", it["id"])
                    if not isinstance(it["text"], str):
                        bad(where, f"text of {it['id']} is not a string")
                    if it["id"] in step_of:
                        bad(where, f"duplicate item id {it['id']}")
                    step_of[it["id"]] = step
                    if "per" in it and ("amount" not in it or it["per"] not in PER_VALUES):
                        bad(where, f"per of {it['id']}")
                    if "amount" in it and not (isinstance(it["amount"], (int, float))
                                               and it["amount"] >= 0):
                        bad(where, f"amount of {it['id']}")
                    if "partner" in it and it["partner"] not in partners:
                        bad(where, f"unknown partner {it['partner']!r}")
            referenced = {}  # item id -> set of steps whose items name it
            for step in STEPS:
                for it in cv.get(step) or []:
                    refs = it.get("refs") or []
                    if len(set(refs)) != len(refs):
                        bad(where, f"duplicate ref in {it['id']}")
                    ok_steps = set()
                    for r in refs:
                        s = step_of.get(r)
                        if s is None:
                            bad(where, f"{it['id']}: unknown ref {r!r}")
                        elif s not in STEP_REFS_ALLOWED[step]:
                            bad(where, f"{it['id']}: wrong-step ref {r!r} ({s})")
                        else:
                            ok_steps.add(s)
                            referenced.setdefault(r, set()).add(step)
                    for need in STEP_REFS_REQUIRED[step]:
                        if not (ok_steps & need):
                            bad(where, f"{it['id']}: missing ref to {sorted(need)}")
            # the five warnings
            for it in cv.get("value") or []:
                by = referenced.get(it["id"], set())
                if "revenue" not in by:
                    bad(where, f"warning value-without-revenue {it['id']}")
                if "channels" not in by:
                    bad(where, f"warning value-without-channel {it['id']}")
            for it in cv.get("customers") or []:
                by = referenced.get(it["id"], set())
                if "channels" not in by:
                    bad(where, f"warning customer-without-channel {it['id']}")
                if "relationships" not in by:
                    bad(where, f"warning customer-without-relationship {it['id']}")
            for it in cv.get("activities") or []:
                if "costs" not in referenced.get(it["id"], set()):
                    bad(where, f"warning activity-without-cost {it['id']}")
        ids = set(step_of)
        # indicators.yaml
        ip = os.path.join(d, "indicators.yaml")
        if os.path.exists(ip):
            where = f"communities/{cid}/indicators.yaml"
            inds = load(ip) or []
            if not isinstance(inds, list):
                bad(where, "not a list")
                inds = []
            levels = set()
            for ind in inds:
                if not check_keys(where, ind, ind_keys, ("id", "name", "level", "direction")):
                    continue
                counts["indicators"] += 1
                check_id(where, ind["id"])
                if ind["id"] in ids:
                    bad(where, f"indicator id {ind['id']} used twice")
                ids.add(ind["id"])
                check_text(where + " name", ind["name"])
                if ind["level"] not in LEVELS:
                    bad(where, f"level {ind['level']!r}")
                levels.add(ind["level"])
                if ind["direction"] not in DIRECTIONS:
                    bad(where, f"direction {ind['direction']!r}")
                codes = ind.get("sdg") or []
                if len(set(codes)) != len(codes):
                    bad(where, "duplicate sdg code")
                for s in codes:
                    if not isinstance(s, str):
                        bad(where, f"sdg code {s!r} is not a string (quote it)")
                    elif sdg and s not in sdg:
                        bad(where, f"unknown sdg {s}")
                bl, tg = ind.get("baseline"), ind.get("target")
                for nm, x in (("baseline", bl), ("target", tg)):
                    if not (isinstance(x, dict) and set(x) == {"year", "value"} and year_ok(x["year"])
                            and isinstance(x["value"], (int, float))):
                        bad(where, f"{ind['id']} {nm} {x!r}")
                if bl is None:
                    bad(where, f"warning indicator-without-baseline {ind['id']}")
                elif tg and tg["year"] < bl["year"]:
                    bad(where, f"warning target-before-baseline {ind['id']}")
                years = [m.get("year") for m in ind.get("measurements") or []]
                if len(set(years)) != len(years) or not all(year_ok(y) for y in years):
                    bad(where, f"{ind['id']} measurement years {years}")
                for r in ind.get("refs") or []:
                    if r not in step_of:
                        bad(where, f"{ind['id']}: ref {r!r} is not a canvas item")
            if inds and levels != set(LEVELS):
                bad(where, f"levels {sorted(levels)}")
        items_of[cid] = ids
        # pages
        for fn in files:
            if not fn.endswith(".md"):
                continue
            where = f"communities/{cid}/{fn}"
            counts["pages"] += 1
            fm, body = front_matter(os.path.join(d, fn))
            if fm is not None:
                check_keys(where, fm, {"title", "summary"})
                for k in fm:
                    check_text(f"{where} {k}", fm[k])
            if not fn.startswith("index.") and not (fm and fm.get("title")):
                bad(where, "missing title")
            links += [(where, m[0] or m[1]) for m in LINK_RE.findall(body)]

    # knowledge
    kdir = os.path.join(root, "knowledge")
    kpages = {}
    for sid in sorted(os.listdir(kdir)) if os.path.isdir(kdir) else []:
        check_id(f"knowledge/{sid}", sid)
        files = sorted(os.listdir(os.path.join(kdir, sid)))
        if "index.md" not in files:
            bad(f"knowledge/{sid}", "missing index.md")
        kpages[sid] = set()
        for fn in files:
            where = f"knowledge/{sid}/{fn}"
            pid = fn[:-3].split(".")[0]
            check_id(where, pid)
            if pid == "print":
                bad(where, "reserved page id")
            kpages[sid].add(pid)
            fm, body = front_matter(os.path.join(kdir, sid, fn))
            if not fm or not fm.get("title"):
                bad(where, "missing title")
            else:
                check_keys(where, fm, {"title", "summary", "order"})
                if "order" in fm and not isinstance(fm["order"], int):
                    bad(where, "order not an integer")
            links += [(where, m[0] or m[1]) for m in LINK_RE.findall(body)]

    # @ links
    for where, target in links:
        counts["links"] += 1
        t = target[1:]
        ok = False
        if t.startswith("network/"):
            ok = t[8:] in networks
        elif t.startswith("partner/"):
            ok = t[8:] in partners
        elif t.startswith("sdg/"):
            ok = t[4:] in sdg if sdg else True
        elif t.startswith("knowledge/"):
            parts = t[10:].split("/")
            ok = parts[0] in kpages and (len(parts) == 1 or (len(parts) == 2 and (
                parts[1] in kpages[parts[0]] or parts[1] == "print")))
        else:
            if "#" in t:
                c, item = t.split("#", 1)
                ok = c in cidset and item in items_of.get(c, ())
            elif "/" in t:
                c, page = t.split("/", 1)
                ok = c in cidset and (page in ("canvas", "handout") or page in pages_of.get(c, ()))
            else:
                ok = t in cidset
        if not ok:
            bad(where, f"broken link {target}")

    gaps = [k for k, v in cycle_by_amphoe.items() if set(CYCLE_ROLES) - v]
    if gaps and not allow_cycle_gaps:
        for k in gaps[:20]:
            bad(f"amphoe {k[1]} ({k[0]})", f"cycle-gap: {sorted(set(CYCLE_ROLES) - cycle_by_amphoe[k])}")
    counts["amphoe"] = len(cycle_by_amphoe)
    counts["cycle_gaps"] = len(gaps)
    counts["networks"] = len(networks)
    counts["partners"] = len(partners)
    verify.counts = counts
    return problems


# --------------------------------------------------------------------------

def tree_size(root):
    files = total = 0
    for dp, dn, fns in os.walk(root):
        for fn in fns:
            files += 1
            total += os.path.getsize(os.path.join(dp, fn))
    return files, total


def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate a Thanrak benchmark content tree.")
    ap.add_argument("--communities", type=int, help="number of communities (N)")
    ap.add_argument("--out", help="content folder to write (DIR)")
    ap.add_argument("--hugo", metavar="HDIR",
                    help="also write the Hugo twin of the same plans to HDIR (a Hugo site folder)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--force", action="store_true",
                    help="replace DIR if it is a previous corpus (holds site.yaml)")
    ap.add_argument("--with-warnings", action="store_true",
                    help="leave cycle gaps in every fifth amphoe (cycle-gap warnings)")
    ap.add_argument("--verify", action="store_true",
                    help="re-read the tree with PyYAML and check its rules")
    ap.add_argument("--sdg", help="path of sdg-codes.json (for --verify)")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)

    out = a.out
    if a.hugo and a.communities is None:
        ap.error("--hugo needs --communities")
    if out is None and not (a.hugo and not a.verify):
        ap.error("--out is required (only --communities N --hugo HDIR may leave it out)")

    def prepare(folder, marker, what):
        """Make `folder` an empty folder; with --force, delete a previous
        tree first, but only one that holds `marker`."""
        if os.path.exists(folder):
            if not os.path.isdir(folder):
                print(f"generate.py: {folder} is not a folder", file=sys.stderr)
                return False
            if os.listdir(folder):
                if not a.force:
                    print(f"generate.py: {folder} is not empty (use --force to replace a {what})",
                          file=sys.stderr)
                    return False
                if not os.path.isfile(os.path.join(folder, marker)):
                    print(f"generate.py: refusing to delete {folder}: it holds no {marker}",
                          file=sys.stderr)
                    return False
                shutil.rmtree(folder)
        os.makedirs(folder, exist_ok=True)
        return True

    if a.communities is not None:
        if a.communities < 1:
            print("generate.py: --communities must be at least 1", file=sys.stderr)
            return 2
        if out and a.hugo and os.path.abspath(out) == os.path.abspath(a.hugo):
            print("generate.py: --out and --hugo must be different folders", file=sys.stderr)
            return 2
        if out and not prepare(out, "site.yaml", "corpus"):
            return 2
        if a.hugo and not prepare(a.hugo, "hugo.toml", "Hugo twin"):
            return 2
        t0 = time.perf_counter()
        plan = build_plan(a.communities, a.seed, a.with_warnings)
        t1 = time.perf_counter()
        if out:
            files, total = write_thanrak(plan, out)
            t2 = time.perf_counter()
            if not a.quiet:
                print(f"generated {a.communities} communities, {len(plan['networks'])} networks, "
                      f"{len(plan['partners'])} partners: {files} files, {total} bytes "
                      f"({total / 1e6:.1f} MB) in {t2 - t0:.1f} s "
                      f"(plan {t1 - t0:.1f} s, write {t2 - t1:.1f} s)", file=sys.stderr)
        if a.hugo:
            t2 = time.perf_counter()
            files, total = write_hugo(plan, a.hugo)
            t3 = time.perf_counter()
            if not a.quiet:
                print(f"Hugo twin in {a.hugo}: {files} files, {total} bytes "
                      f"({total / 1e6:.1f} MB), written in {t3 - t2:.1f} s", file=sys.stderr)
    elif not a.verify:
        ap.error("--communities is required unless --verify checks an existing tree")
    if a.verify:
        if not os.path.isfile(os.path.join(out, "site.yaml")):
            print(f"generate.py: {out} has no site.yaml", file=sys.stderr)
            return 2
        t0 = time.perf_counter()
        probs = verify(out, a.sdg or _default_sdg_path(), a.with_warnings)
        dt = time.perf_counter() - t0
        c = verify.counts
        print(f"verify: {c['communities']} communities, {c['items']} canvas items, "
              f"{c['indicators']} indicators, {c['trades']} trades, {c['pages']} pages, "
              f"{c['links']} @ links, {c['networks']} networks, {c['partners']} partners, "
              f"{c['amphoe']} amphoe ({c['cycle_gaps']} with cycle gaps) in {dt:.1f} s: "
              f"{len(probs)} problems", file=sys.stderr)
        for p in probs[:50]:
            print("  " + p, file=sys.stderr)
        if probs:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
