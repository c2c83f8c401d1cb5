/**
 * Prints one subgraph's SDL to stdout. type-graphql keeps its metadata in one global store, so
 * two subgraphs built in one process would leak fields into each other's shared types (Party,
 * Dispute); the compose script therefore builds each subgraph in a process of its own.
 */
import { subgraphNamed } from "../scripts/all-subgraphs.ts";

const subgraph = subgraphNamed(process.argv[2] ?? "");
process.stdout.write((await subgraph.buildSchema()).sdl);
