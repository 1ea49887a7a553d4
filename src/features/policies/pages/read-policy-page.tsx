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
import { useMessages } from '@/shared/i18n/messages';
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
import { policiesMessages } from '../i18n/messages';
import { categoryLabel } from '../model/labels';
import { sha256Hex, shortHash } from '../model/text-hash';

const PolicyMarkdown = lazy(async () => ({
  default: (await import('../components/policy-markdown')).PolicyMarkdown,
}));
const TextDiff = lazy(async () => ({ default: (await import('../components/text-diff')).TextDiff }));

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
  const t = useMessages(policiesMessages);
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
      {t('reading.acknowledged', { number: ack.number, at: formatDateTime(ack.acknowledgedAt) })}{' '}
      {!sameVersion
        ? t('reading.minorChange', { number: reading.version.number })
        : hash === null
          ? t('reading.checking')
          : hash === ack.textHash
            ? t('reading.unchanged', { hash: shortHash(hash) })
            : t('reading.differs')}
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
  const t = useMessages(policiesMessages);
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
        aria-label={t('reading.region', { title: reading.title, number: reading.version.number })}
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
        <Suspense fallback={<LoadingBlock label={t('reading.loadingText')} height={240} />}>
          <PolicyMarkdown text={reading.version.text} />
          <Rendered onRendered={onRendered} />
        </Suspense>
      </Box>
      {acknowledge.isError && !isApiError(acknowledge.error, 409) && (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {t('reading.notRecorded', { reason: describeError(acknowledge.error) })}
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
            {t('reading.acknowledge')}
          </Button>
          <Typography id={hintId} variant="body2" color="text.secondary">
            {reached ? t('reading.records', { number: reading.version.number }) : t('reading.scrollHint')}
          </Typography>
        </Stack>
      )}
    </>
  );
}

/** Reading a policy, what changed since the version one acknowledged, and "I have read and will follow this policy". */
export function ReadPolicyPage() {
  const t = useMessages(policiesMessages);
  const { id = '' } = useParams();
  const crumbs = [{ label: t('mine.title'), to: '/my-policies' }];
  const query = useMyPolicy(id);
  const [conflict, setConflict] = useState<string | null>(null);
  if (query.data === undefined) {
    return (
      <PageLoadState query={query} title={t('policy.loadingTitle')} crumbs={crumbs} what={t('policy.what')} />
    );
  }
  const reading = query.data;
  const { version } = reading;
  return (
    <>
      <PageHeader
        title={reading.title}
        crumbs={crumbs}
        status={<AcknowledgementChip status={reading.status} />}
      />
      <Stack spacing={3}>
        <Facts>
          <Fact label={t('versions.version')}>{version.number}</Fact>
          <Fact label={t('field.category')}>{categoryLabel(reading.category)}</Fact>
          <Fact label={t('versions.effective')}>{formatDate(version.effectiveDate)}</Fact>
          <Fact label={t('field.version.dueDate')}>
            {version.dueDate ? formatDate(version.dueDate) : t('mine.noDate')}
          </Fact>
          <Fact label={t('publish.changes')}>{version.summary}</Fact>
        </Facts>
        <TextUnchanged reading={reading} />
        {reading.acknowledgedText !== null && reading.acknowledgedText !== undefined && (
          <RecordSection
            id="what-changed"
            title={t('publish.changesSince', { number: reading.acknowledgedNumber ?? '' })}
          >
            <Suspense fallback={<LoadingBlock label={t('diff.loading')} height={120} />}>
              <TextDiff
                before={reading.acknowledgedText}
                after={version.text}
                beforeLabel={t('diff.versionLabel', { number: reading.acknowledgedNumber ?? '' })}
                afterLabel={t('diff.versionLabel', { number: version.number })}
              />
            </Suspense>
          </RecordSection>
        )}
        <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="policy-text">
          <Typography id="policy-text" variant="h6" component="h2" gutterBottom>
            {t('reading.thePolicy')}
          </Typography>
          {conflict && (
            <Alert severity="warning" role="alert" sx={{ mb: 2 }}>
              {t('reading.conflict', { reason: conflict })}
            </Alert>
          )}
          <Acknowledge key={version.id} reading={reading} onConflict={setConflict} />
        </Paper>
        <Box>
          <Button component={RouterLink} to="/my-policies">
            {t('reading.back')}
          </Button>
        </Box>
      </Stack>
    </>
  );
}
