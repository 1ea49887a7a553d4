import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { describeError, isApiError } from '@/shared/api/errors';
import { formatDate, formatDateTime } from '@/shared/labels/format';
import { Fact, Facts } from '@/shared/record-page/facts';
import { RecordSection } from '@/shared/record-page/record-section';
import { LoadingBlock } from '@/shared/ui/loading-block';
import { PageHeader } from '@/shared/ui/page-header';
import { PageLoadState } from '@/shared/ui/page-load-state';
import { policyKeys } from '../api/keys';
import { useAcknowledge } from '../api/mutations';
import { useMyPolicy, type MyPolicyReading } from '../api/queries';
import { AcknowledgementChip } from '../components/policy-chips';
import { CATEGORY_LABELS } from '../model/labels';
import { sha256Hex, shortHash } from '../model/text-hash';

const PolicyMarkdown = lazy(async () => ({
  default: (await import('../components/policy-markdown')).PolicyMarkdown,
}));
const TextDiff = lazy(async () => ({ default: (await import('../components/text-diff')).TextDiff }));

const CRUMBS = [{ label: 'My policies', to: '/my-policies' }];
/** Pixels of slack at the bottom: zoom and sub-pixel layout rarely land exactly on the end. */
const END_SLACK = 8;

/**
 * Whether the reader has reached the end of the text: scrolled there (by mouse, touch or, with the region
 * focused, the keyboard's arrows, Page Down and End), or the text fits without scrolling. Measured only once
 * the text itself is in (it arrives in a lazy chunk: its loading placeholder always fits).
 */
function useReachedEnd() {
  const [reached, setReached] = useState(false);
  const region = useRef<HTMLDivElement | null>(null);
  const rendered = useRef(false);
  const check = useCallback(() => {
    const element = region.current;
    if (!element || !rendered.current) return;
    if (element.scrollTop + element.clientHeight >= element.scrollHeight - END_SLACK) setReached(true);
  }, []);
  const onRendered = useCallback(() => {
    rendered.current = true;
    check();
  }, [check]);
  useEffect(() => {
    const element = region.current;
    // The text may reflow with the window: measure again as it changes size.
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, [check]);
  return { reached, region, onScroll: check, onRendered };
}

/** Calls back once what is around it has committed (inside a Suspense boundary: once the lazy part is in). */
function Rendered({ onRendered }: { onRendered: () => void }) {
  useEffect(onRendered, [onRendered]);
  return null;
}

/** Checks in the browser that the text shown is the text acknowledged: the SHA-256 of both agree. */
function TextUnchanged({ reading }: { reading: MyPolicyReading }) {
  const ack = reading.acknowledgement;
  const [hash, setHash] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void sha256Hex(reading.version.text).then((value) => live && setHash(value));
    return () => {
      live = false;
    };
  }, [reading.version.text]);
  if (!ack) return null;
  const sameVersion = ack.versionId === reading.version.id;
  return (
    <Alert severity="success" sx={{ overflowWrap: 'anywhere' }}>
      You acknowledged version {ack.number} on {formatDateTime(ack.acknowledgedAt)}.{' '}
      {!sameVersion
        ? `Version ${reading.version.number} is a minor change of it, so your acknowledgement still counts.`
        : hash === null
          ? 'Checking the text against what you acknowledged…'
          : hash === ack.textHash
            ? `The text has not changed since: its SHA-256 is ${shortHash(hash)}…, the same as when you acknowledged it.`
            : 'The text shown differs from the one you acknowledged. Tell the privacy office.'}
    </Alert>
  );
}

function Acknowledge({
  reading,
  onConflict,
}: {
  reading: MyPolicyReading;
  /** A 409's reason; kept by the page, since this part starts afresh with the version now current. */
  onConflict: (message: string | null) => void;
}) {
  const { reached, region, onScroll, onRendered } = useReachedEnd();
  const acknowledge = useAcknowledge();
  const queryClient = useQueryClient();
  const done = reading.acknowledgement?.versionId === reading.version.id;
  const hintId = 'acknowledge-hint';

  async function onAcknowledge() {
    onConflict(null);
    try {
      await acknowledge.mutateAsync(reading.version.id);
    } catch (error) {
      // A newer version or a retirement happened while reading: the page offers what is current now.
      if (isApiError(error, 409)) {
        onConflict(error.message);
        await queryClient.invalidateQueries({ queryKey: policyKeys.myPolicy(reading.policyId) });
      }
    }
  }

  return (
    <>
      <Box
        ref={region}
        onScroll={onScroll}
        role="region"
        aria-label={`Text of ${reading.title}, version ${reading.version.number}`}
        tabIndex={0}
        sx={{
          maxHeight: '60vh',
          overflowY: 'auto',
          p: 2,
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 2 },
        }}
      >
        <Suspense fallback={<LoadingBlock label="Loading the policy’s text" height={240} />}>
          <PolicyMarkdown text={reading.version.text} />
          <Rendered onRendered={onRendered} />
        </Suspense>
      </Box>
      {acknowledge.isError && !isApiError(acknowledge.error, 409) && (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          Your acknowledgement was not recorded. {describeError(acknowledge.error)}
        </Alert>
      )}
      {!done && (
        <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
          <Button
            variant="contained"
            onClick={() => void onAcknowledge()}
            disabled={!reached || acknowledge.isPending}
            aria-describedby={hintId}
          >
            I have read and will follow this policy
          </Button>
          <Typography id={hintId} variant="body2" color="text.secondary">
            {reached
              ? `This records that you acknowledged version ${reading.version.number}.`
              : 'Scroll to the end of the text to acknowledge it (with the keyboard: Tab to the text, then Page Down or End).'}
          </Typography>
        </Stack>
      )}
    </>
  );
}

/** Reading a policy, what changed since the version one acknowledged, and "I have read and will follow this policy". */
export function ReadPolicyPage() {
  const { id = '' } = useParams();
  const query = useMyPolicy(id);
  const [conflict, setConflict] = useState<string | null>(null);
  if (query.data === undefined) {
    return <PageLoadState query={query} title="Policy" crumbs={CRUMBS} what="the policy" />;
  }
  const reading = query.data;
  const { version } = reading;
  return (
    <>
      <PageHeader
        title={reading.title}
        crumbs={CRUMBS}
        status={<AcknowledgementChip status={reading.status} />}
      />
      <Stack spacing={3}>
        <Facts>
          <Fact label="Version">{version.number}</Fact>
          <Fact label="Category">{CATEGORY_LABELS[reading.category]}</Fact>
          <Fact label="Effective">{formatDate(version.effectiveDate)}</Fact>
          <Fact label="Acknowledge by">{version.dueDate ? formatDate(version.dueDate) : 'No date'}</Fact>
          <Fact label="What changed">{version.summary}</Fact>
        </Facts>
        <TextUnchanged reading={reading} />
        {reading.acknowledgedText !== null && reading.acknowledgedText !== undefined && (
          <RecordSection id="what-changed" title={`What changed since version ${reading.acknowledgedNumber}`}>
            <Suspense fallback={<LoadingBlock label="Comparing the versions" height={120} />}>
              <TextDiff
                before={reading.acknowledgedText}
                after={version.text}
                beforeLabel={`version ${reading.acknowledgedNumber}`}
                afterLabel={`version ${version.number}`}
              />
            </Suspense>
          </RecordSection>
        )}
        <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="policy-text">
          <Typography id="policy-text" variant="h6" component="h2" gutterBottom>
            The policy
          </Typography>
          {conflict && (
            <Alert severity="warning" role="alert" sx={{ mb: 2 }}>
              {conflict} The current version is shown now.
            </Alert>
          )}
          <Acknowledge key={version.id} reading={reading} onConflict={setConflict} />
        </Paper>
        <Box>
          <Button component={RouterLink} to="/my-policies">
            Back to my policies
          </Button>
        </Box>
      </Stack>
    </>
  );
}
