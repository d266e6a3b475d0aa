import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

/**
 * A modal dialog: focus is trapped inside and returns to the control that opened it; Escape
 * closes it. A click outside does not, so nothing typed is lost by a stray click.
 */
export function ModalDialog(props: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  role?: 'dialog' | 'alertdialog';
  children: (close: () => void) => ReactNode;
}) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={props.isOpen}
      onOpenChange={props.onOpenChange}
      isDismissable={false}
    >
      <Modal className="modal">
        <Dialog className="dialog" role={props.role ?? 'dialog'}>
          {({ close }) => (
            <>
              <Heading slot="title" className="dialog-title">
                {props.title}
              </Heading>
              {props.children(close)}
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
