"""v2 offers by user: cursor paging (`page[size]`, `page[after]`, `page[before]`, `links`, `meta`)."""

from __future__ import annotations

import requests

import kard

from e2e_support import (
    HTTP_TIMEOUT,
    MAX_PAGES,
    Issuer,
    bearer,
    new_customer,
    query_param,
    url,
    walk_offers,
)

DEFAULT_PAGE_SIZE = 50


def sdk_pages(api: kard.KardApi, org: str, user: str, page_size: int) -> list:
    """Every page of the offers list, walking `links.next` cursors with the SDK."""
    pages = []
    after = None
    for _ in range(MAX_PAGES):
        page = api.users.rewards.offers(org, user, page_size=page_size, page_after=after)
        pages.append(page)
        if not page.links.next:
            return pages
        after = query_param(page.links.next, "page[after]")
        assert after, f"links.next carries no page[after]: {page.links.next}"
    raise AssertionError(f"more than {MAX_PAGES} pages")


def test_default_page_size_is_50(sandbox_api: kard.KardApi, sandbox_issuer: Issuer) -> None:
    org, user = sandbox_issuer.organization_id, new_customer(sandbox_issuer)
    everything, _ = walk_offers(sandbox_api, org, user, page_size=200)
    first = sandbox_api.users.rewards.offers(org, user)
    assert [o.id for o in first.data] == [o.id for o in everything[:DEFAULT_PAGE_SIZE]]
    assert bool(first.links.next) == (len(everything) > DEFAULT_PAGE_SIZE), first.links


def test_small_pages_walk_the_whole_list_once_in_order(sandbox_api: kard.KardApi, sandbox_issuer: Issuer) -> None:
    org, user = sandbox_issuer.organization_id, new_customer(sandbox_issuer)
    single = sandbox_api.users.rewards.offers(org, user, page_size=200)
    assert single.data and not single.links.next, "expected the sandbox new customer's offers to fit one page of 200"
    expected = [o.id for o in single.data]

    pages = sdk_pages(sandbox_api, org, user, page_size=7)
    walked = [o.id for page in pages for o in page.data]
    assert walked == expected, "walking pages of 7 does not give the one page of 200"
    assert len(set(walked)) == len(walked)
    for number, page in enumerate(pages):
        expected_size = 7 if number < len(pages) - 1 else len(expected) - 7 * (len(pages) - 1)
        assert len(page.data) == expected_size, f"page {number} has {len(page.data)} offers"
        assert page.links.self_, f"page {number} has no links.self"
        assert bool(page.links.prev) == (number > 0), f"page {number}: links.prev = {page.links.prev!r}"
        assert bool(page.links.next) == (number < len(pages) - 1), f"page {number}: links.next = {page.links.next!r}"


def test_page_before_returns_the_previous_page(sandbox_api: kard.KardApi, sandbox_issuer: Issuer) -> None:
    org, user = sandbox_issuer.organization_id, new_customer(sandbox_issuer)
    pages = sdk_pages(sandbox_api, org, user, page_size=7)
    assert len(pages) >= 3, "need at least 15 offers for the new customer"
    assert pages[0].links.prev is None

    for number in (1, 2, len(pages) - 1):
        prev_link = pages[number].links.prev
        assert prev_link and prev_link.startswith("/"), f"page {number}: links.prev = {prev_link!r}"
        before = query_param(prev_link, "page[before]")
        assert before, f"links.prev carries no page[before]: {prev_link}"
        previous = sandbox_api.users.rewards.offers(org, user, page_size=7, page_before=before)
        assert [o.id for o in previous.data] == [o.id for o in pages[number - 1].data], f"page before {number}"
        assert bool(previous.links.prev) == (number - 1 > 0), previous.links
        assert previous.links.next, "the page before another one must have links.next"


def test_links_and_meta_followed_as_is(sandbox_api: kard.KardApi, sandbox_issuer: Issuer) -> None:
    """A client that follows `links.next` verbatim (raw HTTP) walks the same pages as the SDK with cursors; the
    links are relative URLs of the same endpoint, and `meta` (when present) agrees with them."""
    org, user = sandbox_issuer.organization_id, new_customer(sandbox_issuer)
    path = f"/v2/issuers/{org}/users/{user}/offers"
    token = sandbox_issuer.token()
    expected = [[o.id for o in page.data] for page in sdk_pages(sandbox_api, org, user, page_size=7)]

    walked: list[list[str]] = []
    response = requests.get(url(path), params={"page[size]": "7"}, headers=bearer(token), timeout=HTTP_TIMEOUT)
    for _ in range(MAX_PAGES):
        assert response.status_code == 200, response.text
        body = response.json()
        walked.append([offer["id"] for offer in body["data"]])
        links = body["links"]
        assert links["self"].startswith(path), links
        next_link = links.get("next")
        meta = body.get("meta") or {}
        if "hasNextPage" in meta:
            assert meta["hasNextPage"] == bool(next_link), (meta, links)
        if "pageSize" in meta:
            assert meta["pageSize"] == 7, meta
        if "availableCategories" in meta:
            assert isinstance(meta["availableCategories"], list) and meta["availableCategories"], meta
            for category in meta["availableCategories"]:
                assert category["type"] == "category" and category["attributes"]["name"], category
        if not next_link:
            break
        assert next_link.startswith(path + "?"), f"links.next is not a relative URL of {path}: {next_link}"
        assert query_param(next_link, "page[after]"), next_link
        response = requests.get(url(next_link), headers=bearer(token), timeout=HTTP_TIMEOUT)
    assert walked == expected
