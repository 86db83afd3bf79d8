import { ExternalError } from "../../errors";
import type { CommandContext } from "../io";

export async function execute(_args: string[], _options: unknown, _context: CommandContext): Promise<number> {
  throw new ExternalError("the emulator command is not built yet");
}
