// The CLI's unit tests call code that writes messages without going through
// main(), which installs the catalogue of the CLI's language: they get English.
import { en } from "../src/messages/en.ts";
import { installCliMessages } from "../src/messages/say.ts";

installCliMessages(en);
