"""Whole-notice quality floors: the official scorer on ../shared/gold and on every development
set, as ``eval/score_sets.py`` prints them. A floor sits a little under the measured value
(README, "Measured quality"), so a rule that costs a set real facts fails here."""
import importlib.util
import os

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")

# set: (figures F1, citable fact recall, entities F1), measured in sessions 9-12 minus ~0.01-0.02
FLOORS = {
    "gold": (0.98, 0.90, 0.98),
    "devgold": (0.99, 0.91, 0.95),
    "devgold2": (0.97, 0.78, 0.92),
    "devgold3": (0.97, 0.80, 0.90),
    "devgold4": (0.97, 0.85, 0.84),
    "devgold5": (0.97, 0.87, 0.93),
    "devgold6": (0.95, 0.77, 0.92),  # session 11: rows of kinds (小学, 中学) measure the notice's subject, as the guide and devgold28-33 have it; s17: 上限为2万元 is the cap (as devgold41 has it), not 薪俸税
    "devgold7": (0.98, 0.52, 0.96),  # 047: its annotator made industry rows subjects; the GUIDE and 009 keep the place (session 14)
    "devgold8": (0.97, 0.57, 0.79),
    "devgold9": (0.97, 0.91, 0.93),
    "devgold10": (0.98, 0.84, 0.92),
    "devgold11": (0.93, 0.89, 0.92),
    "devgold12": (0.98, 0.85, 0.87),
    "devgold13": (0.97, 0.65, 0.93),
    "devgold14": (0.98, 0.86, 0.85),
    "devgold15": (0.97, 0.90, 0.86),
    "devgold16": (0.97, 0.84, 0.85),
    "devgold17": (0.98, 0.84, 0.91),
    "devgold18": (0.98, 0.91, 0.85),
    "devgold19": (0.97, 0.88, 0.85),
    "devgold20": (0.98, 0.86, 0.87),
    "devgold21": (0.97, 0.75, 0.94),  # session 15: a procurement notice's purchaser
    "devgold22": (0.98, 0.91, 0.84),  # session 16: days of good air counted
    "devgold23": (0.98, 0.91, 0.87),
    "devgold24": (0.96, 0.86, 0.89),
    "devgold25": (0.98, 0.89, 0.84),
    "devgold26": (0.98, 0.88, 0.79),
    "devgold27": (0.98, 0.92, 0.85),
    "devgold28": (0.96, 0.88, 0.90),
    "devgold29": (0.97, 0.82, 0.86),
    "devgold30": (0.98, 0.80, 0.90),  # session 23: per-mille rates are quantities, as ten sets annotate them (this one: percent)
    "devgold31": (0.96, 0.79, 0.81),
    "devgold32": (0.95, 0.82, 0.81),  # (s17: its 主办 footer body is no longer read)
    "devgold33": (0.97, 0.74, 0.78),
    "devgold34": (0.94, 0.88, 0.84),
    "devgold35": (0.89, 0.81, 0.95),
    "devgold36": (0.98, 0.85, 0.84),  # session 12 sets: floors under their end-of-session values
    "devgold37": (0.92, 0.70, 0.74),
    "devgold38": (0.97, 0.93, 0.90),
    "devgold39": (0.96, 0.83, 0.84),  # session 16: a unitless change, a sex ratio
    "devgold40": (0.97, 0.87, 0.89),
    "devgold41": (0.97, 0.87, 0.83),
    "devgold42": (0.98, 0.86, 0.73),
    "devgold43": (0.93, 0.82, 0.83),
    "devgold44": (0.94, 0.83, 0.82),  # session 13 sets: floors under their end-of-session values (s17: ICP footers are boilerplate; its annotator listed the footer's 主办 body)
    "devgold45": (0.99, 0.91, 0.93),
    "devgold46": (0.96, 0.79, 0.78),
    "devgold47": (0.99, 0.92, 0.85),
    "devgold48": (0.97, 0.92, 0.74),
    "devgold49": (0.99, 0.91, 0.69),
    "devgold50": (0.95, 0.89, 0.87),
    "devgold51": (0.98, 0.82, 0.78),  # 武夷山国家公园 is a place here, the annotator typed it park
    "devgold52": (0.97, 0.64, 0.94),  # session 14: 元/吨 prices in 元, annotators split (README, known gaps)
    "devgold53": (0.96, 0.78, 0.81),  # session 16
    "devgold54": (0.96, 0.72, 0.85),  # session 16
    "devgold55": (0.97, 0.64, 0.71),  # 全国碳市场 as a subject is not produced
    "devgold56": (0.95, 0.82, 0.84),
    "devgold57": (0.97, 0.72, 0.90),
    "devgold58": (0.99, 0.77, 0.88),
    "devgold59": (0.89, 0.69, 0.78),
    "devgold60": (0.91, 0.85, 0.86),  # late in session 14: scored, not used for rules
    "devgold61": (0.96, 0.69, 0.84),
    "devgold62": (0.97, 0.76, 0.86),  # session 15: an earnings forecast's table read, a purchaser
    "devgold63": (0.91, 0.81, 0.69),  # on the session's last code
    "devgold64": (0.93, 0.82, 0.91),  # session 16; s31: a Taiwan notice writing 全国 keeps it
    "devgold65": (0.98, 0.89, 0.85),  # session 15
    "devgold66": (0.93, 0.62, 0.78),
    "devgold67": (0.92, 0.81, 0.74),
    "devgold68": (0.97, 0.78, 0.79),
    "devgold69": (0.96, 0.75, 0.66),  # late in session 15: scored, not used for rules
    "devgold70": (0.96, 0.70, 0.79),
    "devgold71": (0.94, 0.82, 0.78),  # on session 15's last code
    "devgold72": (0.96, 0.76, 0.78),
    "devgold73": (0.97, 0.82, 0.84),  # session 16
    "devgold74": (0.90, 0.83, 0.85),
    "devgold75": (0.89, 0.78, 0.87),
    "devgold76": (0.98, 0.89, 0.87),  # session 16's rules from it
    "devgold77": (0.98, 0.82, 0.87),  # late in session 16: scored, not used for rules
    "devgold78": (0.95, 0.78, 0.75),
    "devgold79": (0.96, 0.85, 0.90),  # session 17: arrival .839; floors under the end-of-session values
    "devgold80": (0.97, 0.78, 0.82),
    "devgold81": (0.96, 0.86, 0.88),
    "devgold82": (0.90, 0.75, 0.84),  # s31: a Taiwan notice writing 全国 keeps it
    "devgold83": (0.96, 0.88, 0.86),
    "devgold84": (0.96, 0.85, 0.82),
    "devgold85": (0.87, 0.70, 0.82),  # late in session 17: scored, not used for rules
    "devgold86": (0.95, 0.69, 0.83),
    "devgold87": (0.97, 0.77, 0.86),
    "devgold88": (0.98, 0.81, 0.87),
    "devgold89": (0.96, 0.82, 0.75),
    "devgold90": (0.97, 0.90, 0.84),
    "devgold91": (0.98, 0.95, 0.83),
    "devgold92": (0.97, 0.79, 0.75),
    "devgold93": (0.98, 0.81, 0.82),  # late in session 18: scored, not used for rules
    "devgold94": (0.97, 0.70, 0.81),  # late in session 18
    "devgold95": (0.95, 0.77, 0.83),
    "devgold96": (0.97, 0.93, 0.70),
    "devgold97": (0.93, 0.71, 0.83),  # session 19: held out, no rules from it
    "devgold98": (0.85, 0.68, 0.79),  # session 19: held out, no rules from it
    "devgold99": (0.97, 0.71, 0.84),
    "devgold100": (0.98, 0.82, 0.79),
    "devgold101": (0.96, 0.65, 0.80),
    "devgold102": (0.93, 0.74, 0.83),  # session 19: held out, no rules from it
    "devgold103": (0.97, 0.93, 0.75),
    "devgold104": (0.94, 0.70, 0.58),
    "devgold105": (0.97, 0.90, 0.88),
    "devgold106": (0.93, 0.67, 0.77),  # session 20: held out, no rules from it
    "devgold107": (0.97, 0.89, 0.87),
    "devgold108": (0.94, 0.80, 0.79),  # session 21: held out, no rules from it
    "devgold109": (0.97, 0.88, 0.63),
    "devgold110": (0.96, 0.59, 0.80),  # session 21: held out, no rules from it
    "devgold111": (0.91, 0.64, 0.73),  # session 21: written at its end, held out, no rules from it
    "devgold112": (0.96, 0.90, 0.81),  # session 22
    "devgold113": (0.91, 0.55, 0.85),  # session 22
    "devgold114": (0.97, 0.89, 0.62),  # session 22: held out, no rules from it
    "devgold115": (0.97, 0.67, 0.77),  # session 22
    "devgold116": (0.91, 0.79, 0.83),  # session 22: held out, no rules from it
    "devgold117": (0.97, 0.80, 0.82),  # session 22: written near its end, held out, no rules from it
    "devgold118": (0.90, 0.73, 0.66),  # session 23
    "devgold119": (0.92, 0.63, 0.82),  # session 23
    "devgold120": (0.96, 0.75, 0.78),  # session 23: held out, no rules from it
    "devgold121": (0.96, 0.75, 0.60),  # session 23
    "devgold122": (0.91, 0.71, 0.81),  # session 23
    "devgold123": (0.97, 0.81, 0.78),  # session 23: held out, no rules from it
    "devgold124": (0.98, 0.89, 0.79),  # session 23
    "devgold125": (0.96, 0.73, 0.66),  # session 23
    "devgold126": (0.97, 0.81, 0.78),  # session 23: written near its end, held out, no rules from it
    "devgold127": (0.96, 0.69, 0.88),  # session 23: written near its end, held out, no rules from it
    "devgold128": (0.87, 0.61, 0.70),  # session 24
    "devgold129": (0.92, 0.70, 0.69),  # session 24: held out, no rules from it
    "devgold130": (0.96, 0.85, 0.87),  # session 24
    "devgold131": (0.96, 0.54, 0.79),  # session 24: held out, no rules from it
    "devgold132": (0.93, 0.88, 0.88),  # session 24
    "devgold133": (0.93, 0.78, 0.62),  # session 24: held out, no rules from it
    "devgold134": (0.96, 0.82, 0.85),  # session 25; s32: a guarantee table is the guaranteed firm's
    "devgold135": (0.95, 0.79, 0.88),  # session 25: held out, no rules from it
    "devgold136": (0.97, 0.94, 0.84),  # session 25
    "devgold137": (0.85, 0.53, 0.75),  # session 25: held out, no rules from it
    "devgold138": (0.94, 0.85, 0.73),  # session 25
    "devgold139": (0.95, 0.86, 0.74),  # session 25: held out, no rules from it
    "devgold140": (0.95, 0.66, 0.78),  # session 25
    "devgold141": (0.94, 0.86, 0.95),  # session 25: held out, no rules from it
    "devgold142": (0.96, 0.66, 0.75),  # session 25
    "devgold143": (0.91, 0.80, 0.86),  # session 25
    "devgold144": (0.92, 0.71, 0.84),  # session 25: held out, no rules from it
    "devgold145": (0.95, 0.74, 0.70),  # session 25
    "devgold146": (0.90, 0.78, 0.69),  # session 25
    "devgold147": (0.97, 0.75, 0.85),  # session 25: held out, no rules from it
    "devgold148": (0.94, 0.73, 0.81),  # session 25
    "devgold149": (0.93, 0.62, 0.80),  # session 25
    "devgold150": (0.93, 0.80, 0.78),  # session 25: held out, no rules from it
    "devgold151": (0.95, 0.85, 0.85),  # session 25
    "devgold152": (0.97, 0.83, 0.83),  # session 25
    "devgold153": (0.96, 0.79, 0.64),  # session 25: held out, no rules from it
    "devgold154": (0.92, 0.65, 0.73),  # session 26
    "devgold155": (0.96, 0.84, 0.71),  # session 26: held out, no rules from it
    "devgold156": (0.95, 0.74, 0.75),  # session 26: held out, no rules from it
    "devgold157": (0.97, 0.85, 0.76),  # session 26: held out, no rules from it
    "devgold158": (0.97, 0.76, 0.85),  # session 26; s31: a column's bare measure named whole
    "devgold159": (0.97, 0.50, 0.82),  # session 26: held out, no rules from it
    "devgold160": (0.90, 0.76, 0.79),  # session 26
    "devgold161": (0.95, 0.81, 0.64),  # session 26: held out, no rules from it
    "devgold162": (0.93, 0.77, 0.65),  # session 26: held out, no rules from it
    "devgold163": (0.95, 0.73, 0.74),  # session 26: held out, no rules from it
    "devgold164": (0.95, 0.49, 0.71),  # session 26: held out, no rules from it
    "devgold165": (0.97, 0.81, 0.77),  # session 27
    "devgold166": (0.87, 0.79, 0.83),  # session 27: held out, no rules from it
    "devgold167": (0.97, 0.88, 0.90),  # session 27: held out, no rules from it
    "devgold168": (0.97, 0.87, 0.77),  # session 27
    "devgold169": (0.97, 0.89, 0.72),  # session 27: held out, no rules from it
    "devgold170": (0.97, 0.87, 0.84),  # session 27: held out, no rules from it
    "devgold171": (0.95, 0.81, 0.81),  # session 27
    "devgold172": (0.91, 0.78, 0.80),  # session 27: held out, no rules from it
    "devgold173": (0.93, 0.68, 0.85),  # session 27: held out, no rules from it
    "devgold174": (0.89, 0.78, 0.91),  # session 28
    "devgold175": (0.97, 0.65, 0.87),  # session 28: held out, no rules from it
    "devgold176": (0.94, 0.83, 0.76),  # session 28: held out, no rules from it
    "devgold177": (0.92, 0.76, 0.79),  # session 28
    "devgold178": (0.88, 0.67, 0.85),  # session 28: held out, no rules from it
    "devgold179": (0.93, 0.84, 0.80),  # session 28: held out, no rules from it
    "devgold180": (0.96, 0.73, 0.77),  # session 28
    "devgold181": (0.95, 0.82, 0.91),  # session 28: held out, no rules from it
    "devgold182": (0.96, 0.70, 0.71),  # session 28: held out, no rules from it
    "devgold183": (0.87, 0.73, 0.88),  # session 28
    "devgold184": (0.96, 0.86, 0.87),  # session 28: held out, no rules from it
    "devgold185": (0.94, 0.64, 0.81),  # session 28: held out, no rules from it
    "devgold186": (0.96, 0.86, 0.93),  # session 29
    "devgold187": (0.95, 0.84, 0.74),  # session 29: held out, no rules from it
    "devgold188": (0.93, 0.73, 0.82),  # session 29: held out, no rules from it
    "devgold189": (0.91, 0.72, 0.84),  # session 29: held out, no rules from it
    "devgold190": (0.96, 0.87, 0.81),  # session 29: held out, no rules from it
    "devgold191": (0.93, 0.77, 0.86),  # session 29: held out, no rules from it
    "devgold192": (0.93, 0.70, 0.79),  # session 29
    "devgold193": (0.97, 0.92, 0.84),  # session 30; s31: a unit row spanning a table
    "devgold194": (0.94, 0.67, 0.74),  # session 30: held out, no rules from it
    "devgold195": (0.91, 0.73, 0.81),  # session 30: held out, no rules from it
    "devgold196": (0.87, 0.75, 0.82),  # session 30: held out, no rules from it
    "devgold197": (0.90, 0.71, 0.84),  # session 30: held out, no rules from it
    "devgold198": (0.96, 0.85, 0.75),  # session 30; s31 rules from it
    "devgold199": (0.87, 0.69, 0.80),  # session 31: held out, no rules from it
    "devgold200": (0.96, 0.89, 0.84),  # session 31; rules from it
    "devgold201": (0.95, 0.78, 0.83),  # session 31: held out, no rules from it
    "devgold202": (0.90, 0.85, 0.73),  # session 31: held out, no rules from it
    "devgold203": (0.85, 0.39, 0.81),  # session 31: held out, no rules from it
    "devgold204": (0.95, 0.72, 0.77),  # session 32: held out, no rules from it
    "devgold205": (0.92, 0.79, 0.76),  # session 32: held out, no rules from it
    "devgold206": (0.96, 0.90, 0.84),  # session 32; rules from it
    "devgold207": (0.90, 0.68, 0.76),  # session 32: held out, no rules from it
    "devgold208": (0.91, 0.74, 0.67),  # session 32: held out, no rules from it
    "devgold209": (0.96, 0.85, 0.75),  # session 32; rules from it
    "devgold210": (0.96, 0.86, 0.83),  # session 32; rules from it
    "devgold211": (0.83, 0.59, 0.66),  # session 32: held out, no rules from it
    "devgold212": (0.93, 0.77, 0.76),  # session 32: held out, no rules from it
    "devgold213": (0.91, 0.75, 0.71),  # session 33: held out, no rules from it
    "devgold214": (0.93, 0.78, 0.80),  # session 33; rules from it
    "devgold215": (0.85, 0.74, 0.84),  # session 33: held out, no rules from it
    "devgold216": (0.95, 0.80, 0.72),  # session 33; rules from it
    "devgold217": (0.95, 0.83, 0.77),  # session 33: held out, no rules from it
    "devgold218": (0.93, 0.53, 0.84),  # session 33; rules from it
    "devgold219": (0.93, 0.74, 0.81),  # session 34: held out, no rules from it
    "devgold220": (0.95, 0.68, 0.83),  # session 34; rules from it
    "devgold221": (0.95, 0.77, 0.75),  # session 34: held out, no rules from it
    "devgold222": (0.97, 0.65, 0.67),  # session 34; rules from it
    "devgold223": (0.94, 0.74, 0.76),  # session 34: held out, no rules from it
    "devgold224": (0.90, 0.71, 0.85),  # session 34; rules from it
    "devgold225": (0.93, 0.69, 0.81),  # session 34: held out, no rules from it
    "devgold226": (0.93, 0.77, 0.72),  # session 34; rules from it
    "devgold227": (0.95, 0.84, 0.81),  # session 34: held out, no rules from it
    "devgold228": (0.89, 0.70, 0.78),  # session 34; rules from it
    "devgold229": (0.90, 0.69, 0.81),  # session 34: held out, no rules from it
    "devgold230": (0.75, 0.56, 0.77),  # session 34; rules from it
    "devgold231": (0.85, 0.51, 0.67),  # session 35: held out, no rules from it
    "devgold232": (0.86, 0.65, 0.79),  # session 35; rules from it
    "devgold233": (0.89, 0.64, 0.65),  # session 35: held out, no rules from it
    "devgold234": (0.93, 0.75, 0.71),  # session 35; rules from it
    "devgold235": (0.84, 0.49, 0.74),  # session 35: held out, no rules from it
    "devgold236": (0.88, 0.73, 0.86),  # session 35; rules from it
    "devgold237": (0.95, 0.84, 0.85),  # session 35: held out, no rules from it
    "devgold238": (0.92, 0.71, 0.87),  # session 35; rules from it
    "devgold239": (0.90, 0.58, 0.83),  # session 35: held out, no rules from it
    "devgold240": (0.90, 0.71, 0.77),  # session 35; rules from it
    "devgold241": (0.90, 0.58, 0.72),  # session 35: held out, no rules from it
    "devgold242": (0.92, 0.79, 0.70),  # session 35; rules from it
    "devgold243": (0.92, 0.85, 0.86),  # session 35: held out, no rules from it
    "devgold244": (0.91, 0.69, 0.78),  # session 35; rules from it
    "devgold245": (0.85, 0.63, 0.77),  # session 35: held out, no rules from it
    "devgold246": (0.96, 0.69, 0.71),  # session 35; rules from it
    "devgold247": (0.96, 0.85, 0.79),  # session 35: held out, no rules from it
    "devgold248": (0.94, 0.53, 0.66),  # session 35; rules from it
    "devgold249": (0.96, 0.66, 0.52),  # session 35: held out, no rules from it
    "devgold250": (0.90, 0.65, 0.77),  # session 35; rules from it
    "devgold251": (0.85, 0.43, 0.54),  # session 35: held out, no rules from it
    "devgold252": (0.92, 0.75, 0.74),  # session 35; rules from it
    "devgold253": (0.90, 0.66, 0.79),  # session 35: held out, no rules from it
    "devgold254": (0.93, 0.52, 0.76),  # session 35; rules from it
}


def _score_sets():
    spec = importlib.util.spec_from_file_location("score_sets", os.path.join(ROOT, "eval", "score_sets.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def summaries():
    module = _score_sets()
    scorer = module.load_scorer(SHARED)
    sets = {"gold": os.path.join(SHARED, "gold")}
    sets.update({name: os.path.join(ROOT, "eval", name) for name in FLOORS if name != "gold"})
    return {name: module.score_set(scorer, path, SHARED) for name, path in sets.items()}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_each_set_keeps_its_quality_floor(summaries, name):
    summary = summaries[name]
    figures_f1, citable, entities_f1 = FLOORS[name]
    assert summary["docs_without_prediction"] == 0
    assert summary["figures"]["f1"] >= figures_f1
    assert summary["citable_fact_recall"] >= citable
    assert summary["entities"]["f1"] >= entities_f1
    assert summary["unsafe_published"] == 0
