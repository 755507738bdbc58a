import { Pipe, type PipeTransform } from '@angular/core';

import type { MessageParams } from '@thidua/shared/contracts';
import { translateServerMessage } from '@thidua/shared/data-access';

/** Something the server said: its code and parameters, and its own sentence. */
export interface ServerSentence {
  code?: string | null;
  params?: MessageParams | null;
  message: string;
}

/**
 * A server sentence in the page's language (`translateServerMessage`), its own `message` for a
 * code the web does not know: `{{ result | tdServerMessage }}`.
 */
@Pipe({ name: 'tdServerMessage' })
export class ServerMessagePipe implements PipeTransform {
  transform(value: ServerSentence): string {
    return value.code
      ? translateServerMessage({ code: value.code, params: value.params ?? {} }, value.message)
      : value.message;
  }
}
