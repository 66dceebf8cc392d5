import DragIndicator from '@mui/icons-material/DragIndicator';
import { Box, IconButton, Paper, Typography, useTheme } from '@mui/material';
import {
  type Announcements,
  closestCenter,
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  type DragOverEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  pointerWithin,
  TouchSensor,
  type UniqueIdentifier,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findLesson, moveLessonTo, moveTo, outlineOrder, type SectionDraft } from './editorState';

/**
 * Drag and drop for the module outline: sections among sections, lessons within and across
 * sections. A drag changes the editor's sections exactly as the up/down buttons do; nothing is
 * saved until the trainer saves.
 */

type Kind = 'section' | 'lesson';
type Update = (fn: (sections: SectionDraft[]) => SectionDraft[]) => void;

/** What is being dragged: a section's handle only finds sections, a lesson's only lessons. */
const Dragging = createContext<Kind | null>(null);

const dragId = (kind: Kind | 'empty', key: string) => `${kind}:${key}`;
function parseId(id: UniqueIdentifier): { kind: Kind | 'empty'; key: string } {
  const s = String(id);
  const at = s.indexOf(':');
  return { kind: s.slice(0, at) as Kind | 'empty', key: s.slice(at + 1) };
}

/** Small distances: a tap or click on the handle, or on any button or field, stays a tap. */
const POINTER = { activationConstraint: { distance: 6 } };
const TOUCH = { activationConstraint: { distance: 6 } };

interface Props {
  sections: SectionDraft[];
  /** Moves while dragging (a lesson entering another section) and the way back on cancel. */
  onMove: Update;
  /** The drop: the new order, as the up/down buttons set it. */
  onDrop: Update;
  /** The outline as it was when a drag began (null when none), for what points at places by index. */
  onDragFrom: (sections: SectionDraft[] | null) => void;
  children: ReactNode;
}

export function OutlineDnd({ sections, onMove, onDrop, onDragFrom, children }: Props) {
  const { t } = useTranslation();
  const theme = useTheme();
  const sensors = useSensors(
    useSensor(PointerSensor, POINTER),
    useSensor(TouchSensor, TOUCH),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const [active, setActive] = useState<{ kind: Kind; key: string } | null>(null);
  const from = useRef<SectionDraft[] | null>(null);
  // A lesson that just entered another section changes the layout under the pointer: until the
  // places are measured again (a frame), it is over itself, or it could bounce between sections.
  const justMoved = useRef(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      justMoved.current = false;
    });
    return () => cancelAnimationFrame(frame);
  }, [sections]);

  // The place under the pointer (tall, open lessons included), else the nearest; keys move by the nearest.
  const collisions: CollisionDetection = (args) => {
    if (justMoved.current) return [{ id: args.active.id }];
    const within = pointerWithin(args);
    return within.length ? within : closestCenter(args);
  };

  const name = (id: UniqueIdentifier, outline = sections) => {
    const { kind, key } = parseId(id);
    if (kind === 'section' || kind === 'empty') return t('learning.sectionN', { n: outline.findIndex((s) => s.key === key) + 1 });
    const at = findLesson(outline, key);
    return at ? t('learning.editor.lessonN', { n: `${at.si + 1}.${at.li + 1}` }) : '';
  };
  // Over itself right after being picked up says nothing new: the trainer hears "picked up".
  const lastOver = useRef<UniqueIdentifier | null>(null);
  const announcements: Announcements = {
    onDragStart: ({ active: a }) => t('learning.editor.dnd.picked', { name: name(a.id) }),
    onDragOver: ({ active: a, over }) => {
      const before = lastOver.current;
      lastOver.current = over?.id ?? null;
      if (!over || (over.id === a.id && before === null)) return undefined;
      return t('learning.editor.dnd.over', { name: name(a.id, from.current ?? sections), place: name(over.id) });
    },
    onDragEnd: ({ active: a, over }) =>
      over
        ? t('learning.editor.dnd.dropped', { name: name(a.id, from.current ?? sections), place: name(over.id) })
        : t('learning.editor.dnd.cancelled', { name: name(a.id) }),
    onDragCancel: ({ active: a }) => t('learning.editor.dnd.cancelled', { name: name(a.id, from.current ?? sections) }),
  };

  const finish = () => {
    setActive(null);
    lastOver.current = null;
    from.current = null;
    onDragFrom(null);
  };

  function dragStart({ active: a }: DragStartEvent) {
    const { kind, key } = parseId(a.id);
    setActive({ kind: kind as Kind, key });
    lastOver.current = null;
    from.current = sections;
    onDragFrom(sections);
  }

  // A lesson over a lesson of another section, or over an empty section, moves there at once,
  // so that section makes room for it; within a section the sortable list makes room itself.
  function dragOver({ active: a, over }: DragOverEvent) {
    if (!over || parseId(a.id).kind !== 'lesson') return;
    const lessonKey = parseId(a.id).key;
    const target = parseId(over.id);
    const rect = a.rect.current.translated;
    const below = !!rect && rect.top + rect.height / 2 > over.rect.top + over.rect.height / 2;
    const place = (ss: SectionDraft[]): { sectionKey: string; index: number } | null => {
      if (target.kind === 'empty') return { sectionKey: target.key, index: 0 };
      if (target.kind !== 'lesson') return null;
      const at = findLesson(ss, target.key);
      return at ? { sectionKey: ss[at.si].key, index: at.li + (below ? 1 : 0) } : null;
    };
    const here = findLesson(sections, lessonKey);
    const there = place(sections);
    if (!here || !there || sections[here.si].key === there.sectionKey) return;
    justMoved.current = true;
    onMove((ss) => {
      const p = place(ss);
      return p ? moveLessonTo(ss, lessonKey, p.sectionKey, p.index) : ss;
    });
  }

  function dragEnd({ active: a, over }: DragEndEvent) {
    const dragged = parseId(a.id);
    const target = over && over.id !== a.id ? parseId(over.id) : null;
    // On the outline as it is by then (a lesson may have just entered another section).
    const drop = (ss: SectionDraft[]): SectionDraft[] => {
      if (dragged.kind === 'section' && target?.kind === 'section') {
        return moveTo(
          ss,
          ss.findIndex((s) => s.key === dragged.key),
          ss.findIndex((s) => s.key === target.key),
        );
      }
      if (dragged.kind === 'lesson' && target?.kind === 'lesson') {
        const here = findLesson(ss, dragged.key);
        const there = findLesson(ss, target.key);
        if (here && there && here.si === there.si) return moveLessonTo(ss, dragged.key, ss[there.si].key, there.li);
      }
      return ss;
    };
    // A changed order goes the buttons' way; none (back where it was) leaves the errors standing.
    if (outlineOrder(drop(sections)) !== outlineOrder(from.current ?? sections)) onDrop(drop);
    else onMove(drop);
    finish();
  }

  function dragCancel() {
    const before = from.current;
    if (before) onMove(() => before);
    finish();
  }

  // By title only: the numbers change with the drop.
  const overlay = (() => {
    if (!active) return null;
    if (active.kind === 'section') return sections.find((s) => s.key === active.key)?.title.trim() || t('learning.editor.untitled');
    const at = findLesson(sections, active.key);
    return at ? sections[at.si].lessons[at.li].title.trim() || t('learning.editor.untitled') : null;
  })();

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisions}
      measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
      onDragStart={dragStart}
      onDragOver={dragOver}
      onDragEnd={dragEnd}
      onDragCancel={dragCancel}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('learning.editor.dnd.instructions') } }}
    >
      <Dragging.Provider value={active?.kind ?? null}>
        <SortableContext items={sections.map((s) => dragId('section', s.key))} strategy={verticalListSortingStrategy}>
          {children}
        </SortableContext>
      </Dragging.Provider>
      <DragOverlay zIndex={theme.zIndex.modal}>
        {overlay && (
          // Small whatever was picked up: an open lesson or a whole section can be taller than the screen.
          <Paper
            elevation={8}
            sx={{
              display: 'flex',
              alignItems: 'center',
              gap: 1,
              px: 1,
              py: 1,
              maxWidth: 'min(100%, 480px)',
              cursor: 'grabbing',
              borderLeft: 4,
              borderColor: 'primary.main',
            }}
          >
            <DragIndicator fontSize="small" color="action" />
            <Typography variant="body2" noWrap sx={{ fontWeight: 600 }}>
              {overlay}
            </Typography>
          </Paper>
        )}
      </DragOverlay>
    </DndContext>
  );
}

/** The lessons of one section as a sortable list. */
export function SortableLessons({ section, children }: { section: SectionDraft; children: ReactNode }) {
  return (
    <SortableContext items={section.lessons.map((l) => dragId('lesson', l.key))} strategy={verticalListSortingStrategy}>
      {children}
    </SortableContext>
  );
}

/** Where a lesson can be dropped into a section that has none. */
export function EmptySectionDrop({ sectionKey, children }: { sectionKey: string; children: ReactNode }) {
  const dragging = useContext(Dragging);
  const { setNodeRef, isOver } = useDroppable({ id: dragId('empty', sectionKey), disabled: dragging !== 'lesson' });
  return (
    <Box
      ref={setNodeRef}
      sx={{
        borderRadius: 1,
        border: 1,
        borderStyle: 'dashed',
        borderColor: isOver ? 'primary.main' : dragging === 'lesson' ? 'divider' : 'transparent',
        p: dragging === 'lesson' ? 1.5 : 0,
      }}
    >
      {children}
    </Box>
  );
}

interface SortableProps {
  kind: Kind;
  itemKey: string;
  /** The item's name for the handle's label ("Bagian 2", "Pelajaran 1.2"). */
  name: string;
  /** Renders the item with its drag handle where it belongs. */
  children: (handle: ReactNode) => ReactNode;
}

/** A section or lesson that moves by its drag handle. */
export function SortableItem({ kind, itemKey, name, children }: SortableProps) {
  const { t } = useTranslation();
  const dragging = useContext(Dragging);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: dragId(kind, itemKey),
    disabled: { draggable: false, droppable: dragging !== null && dragging !== kind },
    attributes: { roleDescription: t('learning.editor.dnd.role') },
  });
  const handle = (
    <IconButton
      ref={setActivatorNodeRef}
      size="small"
      {...attributes}
      {...listeners}
      aria-label={t('learning.editor.dragNamed', { name })}
      title={t('learning.editor.drag')}
      data-testid="drag-handle"
      sx={{ cursor: isDragging ? 'grabbing' : 'grab', touchAction: 'none', px: 0.25, flexShrink: 0 }}
    >
      <DragIndicator fontSize="small" />
    </IconButton>
  );
  return (
    <Box
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      sx={{ opacity: isDragging ? 0.45 : undefined, position: 'relative' }}
    >
      {children(handle)}
    </Box>
  );
}
