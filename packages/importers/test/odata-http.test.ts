import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ImportError } from "../src/import-error.ts";
import { wordImportError } from "../src/messages/word-import-error.ts";
import { readSourceFile } from "../src/node/read-source-file.ts";
import { brief, collect } from "./helpers.ts";

// A loopback server stands in for the OData API: no request leaves the machine.
const ROW = (period: string, value: number | null) =>
  `{"ID":0,"SoortMisdrijf":"0.0.0   ","RegioS":"GM0376    ","Perioden":"${period}","GeregistreerdeMisdrijven_1":${value}}`;

let server: Server;
let base = "";
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requested.push(request.url ?? "");
    const metadata = `"odata.metadata":"${base}/47013NED/$metadata#Cbs.OData.WebAPI.TypedDataSet"`;
    if (request.url === "/47013NED/TypedDataSet") {
      response.end(
        `{${metadata},"value":[${ROW("2023MM01", 29)}],"odata.nextLink":"${base}/47013NED/TypedDataSet?$skip=1"}`,
      );
    } else if (request.url === "/47013NED/TypedDataSet?$skip=1") {
      // A relative next link, resolved against this page's address.
      response.end(
        `{${metadata},"value":[${ROW("2023MM02", null)}],"odata.nextLink":"TypedDataSet?$skip=2"}`,
      );
    } else if (request.url === "/47013NED/TypedDataSet?$skip=2") {
      response.end(`{${metadata},"value":[${ROW("2023MM03", 31)}]}`);
    } else {
      response.statusCode = 404;
      response.end("not found");
    }
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((closed) => server.close(() => closed())));

describe("OData over http (the default page loader)", () => {
  it("fetches every page, following absolute and relative next links", async () => {
    requested.length = 0;
    const figures = await collect(readSourceFile(`${base}/47013NED/TypedDataSet`));
    expect(requested).toEqual([
      "/47013NED/TypedDataSet",
      "/47013NED/TypedDataSet?$skip=1",
      "/47013NED/TypedDataSet?$skip=2",
    ]);
    expect(figures.map(brief)).toEqual([
      { region: "GM0376", crime: "0.0.0", period: "2023-01", value: 29 },
      { region: "GM0376", crime: "0.0.0", period: "2023-02", value: null },
      { region: "GM0376", crime: "0.0.0", period: "2023-03", value: 31 },
    ]);
    expect(figures[2]?.location.file).toBe(`${base}/47013NED/TypedDataSet?$skip=2`);
  });

  it("refuses a page the server does not have", async () => {
    // The message is the English text; its id and data word it in another language.
    await expect(collect(readSourceFile(`${base}/nothing`))).rejects.toMatchObject({
      code: "malformed-file",
      message: `cannot fetch ${base}/nothing: HTTP 404`,
    });
    const error = await collect(readSourceFile(`${base}/nothing`)).catch((e: unknown) => e);
    expect(error).toMatchObject({ messageId: "fetch/http-status", data: { status: 404 } });
    expect(wordImportError(error as ImportError, "nl")).toEqual({
      message: `kan ${base}/nothing niet ophalen: HTTP 404`,
    });
  });

  it("refuses a server that does not answer, in Dutch with the hint", async () => {
    const error = await collect(readSourceFile("http://127.0.0.1:9/nowhere")).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: "malformed-file", messageId: "fetch/cannot-fetch" });
    const dutch = wordImportError(error as ImportError, "nl");
    // Node's words with the reason of its cause (they said only "fetch failed";
    // port 9 is one fetch refuses to use).
    expect(dutch.message).toBe(
      "kan http://127.0.0.1:9/nowhere niet ophalen: fetch failed (bad port)",
    );
    expect(dutch.hint).toBe(
      "controleer de netwerkverbinding, of sla de pagina's op als bestanden en importeer die",
    );
  });

  it("says why a fetch failed: the code of Node's cause", async () => {
    // A port nothing listens on: a server closed at once leaves it free.
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, "127.0.0.1", done));
    const { port } = closed.address() as AddressInfo;
    await new Promise((done) => closed.close(done));
    const url = `http://127.0.0.1:${port}/nowhere`;
    const error = await collect(readSourceFile(url)).catch((e: unknown) => e);
    expect((error as ImportError).message).toBe(`cannot fetch ${url}: fetch failed (ECONNREFUSED)`);
    expect((error as ImportError).cause).toBeInstanceOf(TypeError);
  });
});
