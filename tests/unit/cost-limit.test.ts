import { describe, expect, it } from "vitest";
import { buildSchema, parse, print } from "graphql";
import { withPageSizesInlined } from "../../gateway/src/cost-limit.ts";

const SCHEMA = buildSchema(`
  type Query { disputes(first: Int, after: String): DisputeConnection!, dispute(id: ID!): Dispute }
  type DisputeConnection { edges: [DisputeEdge!]! }
  type DisputeEdge { node: Dispute! }
  type Dispute { unifiedNumber: String! }
`);

describe("page sizes for the cost estimate", () => {
  it("puts a variable's value, or its declared default, where `first` and `last` name it", () => {
    const document = parse(`query($n: Int, $m: Int = 30, $q: String) { a: disputes(first: $n) { unifiedNumber } b: disputes(first: $m) { unifiedNumber } searchCases(last: $n, filter: { partyName: $q }) { totalCount } }`);
    const inlined = print(withPageSizesInlined(document, { n: 100, q: "建国" }));
    expect(inlined).toContain("a: disputes(first: 100)");
    expect(inlined).toContain("b: disputes(first: 30)");
    expect(inlined).toContain("searchCases(last: 100, filter: {partyName: $q})");
  });

  it("leaves a variable that is missing or not an integer as it is (the query then fails its own validation)", () => {
    const document = parse(`query($n: Int) { disputes(first: $n) { unifiedNumber } }`);
    expect(print(withPageSizesInlined(document, {}))).toContain("disputes(first: $n)");
    expect(print(withPageSizesInlined(document, { n: "100" }))).toContain("disputes(first: $n)");
  });

  it("costs a page above the hub's largest as that page, and a list without `first` as the default page", () => {
    const document = parse(`query($n: Int) { a: disputes(first: 5000) { edges { node { unifiedNumber } } } b: disputes(first: $n) { edges { node { unifiedNumber } } } c: disputes { edges { node { unifiedNumber } } } dispute(id: "x") { unifiedNumber } }`);
    const inlined = print(withPageSizesInlined(document, { n: 1000 }, SCHEMA));
    expect(inlined).toContain("a: disputes(first: 100)");
    expect(inlined).toContain("b: disputes(first: 100)");
    expect(inlined).toContain("c: disputes(first: 20)");
    expect(inlined).toContain('dispute(id: "x")');
  });
});

describe("selections left out by @include / @skip", () => {
  it("are not costed: graphql-js does not run them", () => {
    const document = parse(`query($court: Boolean!, $notary: Boolean = false) {
      a: disputes(first: 100) @include(if: $court) { edges { node { unifiedNumber } } }
      b: disputes(first: 100) @include(if: $notary) { edges { node { unifiedNumber } } }
      c: disputes(first: 100) @skip(if: true) { edges { node { unifiedNumber } } }
      ... on Query @include(if: false) { d: disputes(first: 5) { edges { node { unifiedNumber } } } }
    }`);
    const inlined = print(withPageSizesInlined(document, { court: true }, SCHEMA));
    expect(inlined).toContain("a: disputes(first: 100)");
    expect(inlined).not.toContain("b: disputes");
    expect(inlined).not.toContain("c: disputes");
    expect(inlined).not.toContain("d: disputes");
    expect(print(withPageSizesInlined(document, { court: false }, SCHEMA))).not.toContain("a: disputes");
  });
});
