"""The OpenAPI 3.1 description of ``/api``."""
from __future__ import annotations

_ERROR = {"$ref": "#/components/responses/Error"}


def _param(name, description, schema=None, where="query", required=False):
    return {"name": name, "in": where, "required": required, "description": description,
            "schema": schema or {"type": "string"}}


_PAGING = [
    _param("page", "页码，从 1 开始", {"type": "integer", "minimum": 1, "maximum": 1000, "default": 1}),
    _param("per_page", "每页条数", {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}),
]

_SEARCH = [
    _param("q", "全文检索（简体或繁体；空格分隔的每一部分都须出现；引号和运算符按普通文字处理）"),
    _param("kind", "数据类型", {"type": "string", "enum": ["percent", "points", "money", "quantity", "count",
                                                       "multiple", "number"]}),
    _param("subject", "主体：实体编号或原文写法"),
    _param("metric", "指标"),
    _param("doc_id", "文件编号"),
    _param("year", "年份", {"type": "integer"}),
    _param("unit", "基本单位（元、%、吨 …）"),
    _param("min", "最小值（基本单位）", {"type": "number"}),
    _param("max", "最大值（基本单位）", {"type": "number"}),
    _param("sort", "排序", {"type": "string", "enum": ["relevance", "value", "date"], "default": "relevance"}),
    _param("duplicates", "包含近似重复文件的数据", {"type": "boolean", "default": False}),
    *_PAGING,
    _param("format", "导出整个检索结果（最多 5000 条）", {"type": "string", "enum": ["csv", "json"]}),
]

_FACT = {
    "type": "object",
    "description": "A figure with its metric, subject and time, its quote and source document.",
    "properties": {
        "id": {"type": "integer"}, "key": {"type": "string", "description": "<doc_id>:<seq>"},
        "text": {"type": "string", "description": "the figure as written"},
        "kind": {"type": "string"}, "value": {"type": ["number", "null"], "description": "in the base unit"},
        "value_max": {"type": "number"}, "unit": {"type": "string"}, "comparator": {"type": "string"},
        "change": {"type": ["string", "null"]}, "metric": {"type": "string"}, "subject": {"type": "string"},
        "subject_id": {"type": ["string", "null"]}, "time": {"type": "string"}, "year": {"type": ["integer", "null"]},
        "damaged": {"type": "boolean", "description": "the source lost characters here: never treat as sound"},
        "quote": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"},
        "raw_start": {"type": ["integer", "null"]}, "raw_end": {"type": ["integer", "null"]},
        "quote_start": {"type": ["integer", "null"]}, "quote_end": {"type": ["integer", "null"]},
        "doc_id": {"type": "string"}, "doc_title": {"type": ["string", "null"]},
        "doc_date": {"type": ["string", "null"]}, "doc_source": {"type": "string"},
        "doc_url": {"type": ["string", "null"]}, "permalink": {"type": "string", "format": "uri"},
        "api_url": {"type": "string", "format": "uri"}, "document_url": {"type": "string", "format": "uri"},
    },
    "required": ["id", "key", "text", "kind", "value", "unit", "damaged", "doc_id", "permalink"],
}

_PAGE = {
    "type": "object",
    "properties": {
        "total": {"type": "integer"}, "page": {"type": "integer"}, "per_page": {"type": "integer"},
        "pages": {"type": "integer"},
        "links": {"type": "object", "properties": {"self": {"type": "string"}, "next": {"type": ["string", "null"]},
                                                   "prev": {"type": ["string", "null"]}}},
    },
}


def _ok(schema, description="OK"):
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def openapi_document(server: str) -> dict:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Gongwen 公文数据知识库 API",
            "version": "1.0.0",
            "description": "Figures (facts) and entities extracted from Chinese government notices, "
                           "each traceable to its source sentence. Read-only.",
        },
        "servers": [{"url": server}],
        "paths": {
            "/facts": {"get": {
                "summary": "Search facts", "operationId": "searchFacts", "parameters": _SEARCH,
                "responses": {
                    "200": {"description": "A page of facts with facet counts, or an export",
                            "content": {
                                "application/json": {"schema": {"allOf": [_PAGE, {"type": "object", "properties": {
                                    "total_capped": {"type": "boolean", "description":
                                                     "true: a filtered query has more than `total` matches"},
                                    "rows": {"type": "array", "items": {"$ref": "#/components/schemas/Fact"}},
                                    "facets": {"type": "object", "additionalProperties": {"type": "array"}}}}]}},
                                "text/csv": {"schema": {"type": "string"}}}},
                    "400": _ERROR},
            }},
            "/facts/{id}": {"get": {
                "summary": "One fact with its citation and the facts of other documents that disagree",
                "operationId": "getFact",
                "parameters": [_param("id", "fact id or citation key <doc_id>:<seq>", where="path", required=True)],
                "responses": {"200": _ok({"type": "object", "properties": {
                    "fact": {"$ref": "#/components/schemas/Fact"},
                    "citation": {"type": "object", "properties": {"plain": {"type": "string"},
                                                                  "gbt7714": {"type": "string"},
                                                                  "permalink": {"type": "string"}}},
                    "conflicts": {"type": "array", "items": {"$ref": "#/components/schemas/Fact"}}}}),
                    "404": _ERROR},
            }},
            "/entities": {"get": {
                "summary": "Entities by number of mentions", "operationId": "listEntities",
                "parameters": [_param("q", "name or alias contains"),
                               _param("type", "place, park, firm, government, organization"), *_PAGING],
                "responses": {"200": _ok({"allOf": [_PAGE, {"type": "object", "properties": {
                    "rows": {"type": "array", "items": {"type": "object"}}}}]}), "400": _ERROR},
            }},
            "/entities/{id}": {"get": {
                "summary": "One entity with its aliases, facts and metrics over time", "operationId": "getEntity",
                "parameters": [_param("id", "entity id", where="path", required=True), *_PAGING],
                "responses": {"200": _ok({"type": "object"}), "404": _ERROR},
            }},
            "/documents/{id}": {"get": {
                "summary": "One document: normalized and raw text, facts, entity mentions",
                "operationId": "getDocument",
                "parameters": [_param("id", "document id", where="path", required=True)],
                "responses": {"200": _ok({"type": "object"}), "404": _ERROR},
            }},
        },
        "components": {
            "schemas": {
                "Fact": _FACT,
                "Error": {"type": "object", "required": ["error"], "properties": {"error": {
                    "type": "object", "required": ["status", "code", "message"],
                    "properties": {"status": {"type": "integer"}, "code": {"type": "string"},
                                   "message": {"type": "string"}, "parameter": {"type": "string"}}}}},
            },
            "responses": {"Error": {"description": "Any error",
                                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
        },
    }
