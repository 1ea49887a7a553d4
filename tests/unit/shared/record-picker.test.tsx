// The shared record picker with the processors as its source: it searches the processors API as one types, keeps
// only ids in the form, and names the ids a form starts with from the API.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { z } from 'zod';
import { ConsoleForm } from '@/shared/forms/console-form';
import { RecordPickerField } from '@/shared/forms/record-picker-field';
import { processorSource } from '@/shared/records/processor-source';
import { renderWithRouter } from '../../setup/render';

const schema = z.object({ processorIds: z.array(z.string()).max(2, 'Link at most 2.') });

function Picker({ start, onSubmit }: { start: string[]; onSubmit: (ids: string[]) => void }) {
  return (
    <ConsoleForm
      schema={schema}
      defaultValues={{ processorIds: start }}
      submitLabel="Save"
      guardUnsaved={false}
      onSubmit={async (values) => onSubmit(values.processorIds)}
    >
      <RecordPickerField name="processorIds" label="Linked processors" source={processorSource} max={2} />
    </ConsoleForm>
  );
}

describe('record picker', () => {
  it('names the ids it starts with, searches as one types, and submits ids', async () => {
    const user = userEvent.setup();
    const submitted: string[][] = [];
    await renderWithRouter(<Picker start={['proc-aws']} onSubmit={(ids) => submitted.push(ids)} />);
    expect(await screen.findByRole('button', { name: 'Amazon Web Services (AWS)' })).toBeInTheDocument();
    await user.type(screen.getByRole('combobox', { name: 'Linked processors' }), 'Maple');
    const option = await screen.findByRole('option', { name: /Maplepay Payments Inc\./ });
    expect(within(option).getByText(/Canada/)).toBeInTheDocument();
    await user.click(option);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(submitted).toEqual([['proc-aws', 'proc-payments']]));
  });

  it('says when no more can be linked', async () => {
    const user = userEvent.setup();
    await renderWithRouter(<Picker start={['proc-aws', 'proc-email']} onSubmit={() => undefined} />);
    await screen.findByRole('button', { name: 'Postlane Email Delivery' });
    await user.click(screen.getByRole('combobox', { name: 'Linked processors' }));
    expect(await screen.findByText('At most 2 can be linked.')).toBeInTheDocument();
  });
});
