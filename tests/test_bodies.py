"""Every documented and every trusted real 2xx body parses into its model and comes back out unchanged."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.bodies import REFERENCE, Body, differences, load_spec, module_for, operations, success_bodies

pytestmark = pytest.mark.skipif(not REFERENCE.is_dir(), reason="../shared/reference is absent (a fresh clone has none)")

BODIES = success_bodies() if REFERENCE.is_dir() else []


def _parse(body: Body) -> Any:
    op = operations(load_spec())[(body.method, body.path)]
    module = module_for(op["operationId"])
    request = httpx.Request(body.method, "https://api.discogs.com" + body.path)
    response = httpx.Response(body.status, json=body.body, request=request)
    return module.parse_response(response)


@pytest.mark.parametrize("body", BODIES, ids=[b.name for b in BODIES])
def test_body_round_trips_losslessly(body: Body) -> None:
    parsed = _parse(body)
    assert hasattr(parsed, "to_dict"), f"{body.name} parsed into {type(parsed).__name__}, not a model"
    assert differences(body.body, parsed.to_dict()) == []
