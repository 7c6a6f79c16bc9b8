import type { FastifyInstance } from 'fastify';
import { opContext } from '../../platform/http/op-context.ts';
import { createNote } from '../notes/create-note.ts';
import { deleteNote } from '../notes/delete-note.ts';
import { getNote } from '../notes/get-note.ts';
import { listNotes } from '../notes/list-notes.ts';
import { noteInputSchema, noteReadOnlyFields, type NoteInput } from '../notes/note-input.ts';
import { toNoteView } from '../notes/note-view.ts';
import { updateNote } from '../notes/update-note.ts';
import { many, one } from './envelopes.ts';
import { parseBody } from './parse-body.ts';
import { parseListQuery, refuseQuery, type ListSpec } from './parse-list-query.ts';
import { recordId } from './record-id.ts';
import { bodyDocs, idDocs, listDocs } from './route-docs.ts';

const spec: ListSpec = {
  filters: {
    creator_id: { column: 'creator_id', kind: 'id' },
    resource_id: { column: 'resource_id', kind: 'id' },
    resource_type: { column: 'resource_type', kind: 'string' },
  },
  sortable: ['id', 'created_at', 'updated_at'],
  defaultSort: 'updated_at:asc',
  search: true,
};
const writable = Object.keys(noteInputSchema.shape);

export async function noteRoutes(app: FastifyInstance) {
  const read = { scope: 'read', resource: 'note' } as const;
  const write = { scope: 'write', resource: 'note' } as const;

  app.get('/notes', { config: read, schema: listDocs('Notes', 'List notes', spec) }, async (request) => {
    const list = parseListQuery(request.query as Record<string, string>, spec);
    const { items, hasMore } = await listNotes(opContext(request), list);
    return many(request, 'note', items.map(toNoteView), list.page, list.perPage, hasMore);
  });
  app.post('/notes', { config: write, schema: bodyDocs('Notes', 'Add a note to a lead, contact or deal', noteInputSchema) }, async (request) => {
    return one('note', toNoteView(await createNote(opContext(request), parseBody(request.body, writable, noteReadOnlyFields) as NoteInput)));
  });
  app.get('/notes/:id', { config: read, schema: idDocs('Notes', 'Retrieve a note') }, async (request) => {
    refuseQuery(request.query as Record<string, string>);
    return one('note', toNoteView(await getNote(opContext(request), recordId(request.params))));
  });
  app.put('/notes/:id', { config: write, schema: bodyDocs('Notes', 'Change a note', noteInputSchema, true) }, async (request) => {
    const body = parseBody(request.body, writable, noteReadOnlyFields);
    return one('note', toNoteView(await updateNote(opContext(request), recordId(request.params), body)));
  });
  app.delete('/notes/:id', { config: write, schema: idDocs('Notes', 'Delete a note') }, async (request, reply) => {
    await deleteNote(opContext(request), recordId(request.params));
    return reply.status(204).send();
  });
}
