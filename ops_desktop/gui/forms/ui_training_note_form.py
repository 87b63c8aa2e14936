# Generated from ui/training_note_form.ui by ops_desktop.gui.build_forms; do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from ops_desktop.gui.date_field import DateField

class Ui_TrainingNoteForm(object):
    def setupUi(self, TrainingNoteForm):
        if not TrainingNoteForm.objectName():
            TrainingNoteForm.setObjectName(u"TrainingNoteForm")
        self.outerLayout = QVBoxLayout(TrainingNoteForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.noteDateEditLabel = QLabel(TrainingNoteForm)
        self.noteDateEditLabel.setObjectName(u"noteDateEditLabel")

        self.fieldsLayout.addWidget(self.noteDateEditLabel, 0, 0, 1, 1)

        self.noteDateEdit = DateField(TrainingNoteForm)
        self.noteDateEdit.setObjectName(u"noteDateEdit")

        self.fieldsLayout.addWidget(self.noteDateEdit, 0, 1, 1, 1)

        self.noteDateEditError = QLabel(TrainingNoteForm)
        self.noteDateEditError.setObjectName(u"noteDateEditError")
        self.noteDateEditError.setWordWrap(True)
        self.noteDateEditError.setStyleSheet(u"color: #b00020;")
        self.noteDateEditError.setText(u"")

        self.fieldsLayout.addWidget(self.noteDateEditError, 0, 2, 1, 1)

        self.noteTextEditLabel = QLabel(TrainingNoteForm)
        self.noteTextEditLabel.setObjectName(u"noteTextEditLabel")

        self.fieldsLayout.addWidget(self.noteTextEditLabel, 1, 0, 1, 1)

        self.noteTextEdit = QLineEdit(TrainingNoteForm)
        self.noteTextEdit.setObjectName(u"noteTextEdit")

        self.fieldsLayout.addWidget(self.noteTextEdit, 1, 1, 1, 1)

        self.noteTextEditError = QLabel(TrainingNoteForm)
        self.noteTextEditError.setObjectName(u"noteTextEditError")
        self.noteTextEditError.setWordWrap(True)
        self.noteTextEditError.setStyleSheet(u"color: #b00020;")
        self.noteTextEditError.setText(u"")

        self.fieldsLayout.addWidget(self.noteTextEditError, 1, 2, 1, 1)

        self.fieldsLayout.setColumnStretch(1, 3)
        self.fieldsLayout.setColumnStretch(2, 2)

        self.outerLayout.addLayout(self.fieldsLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(TrainingNoteForm)
        self.revertButton.setObjectName(u"revertButton")

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(TrainingNoteForm)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.noteDateEditLabel.setBuddy(self.noteDateEdit)
        self.noteTextEditLabel.setBuddy(self.noteTextEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TrainingNoteForm)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(TrainingNoteForm)
    # setupUi

    def retranslateUi(self, TrainingNoteForm):
        self.noteDateEditLabel.setText(QCoreApplication.translate("TrainingNoteForm", u"Date", None))
        self.noteTextEditLabel.setText(QCoreApplication.translate("TrainingNoteForm", u"Progress note", None))
        self.revertButton.setText(QCoreApplication.translate("TrainingNoteForm", u"Clear", None))
        self.saveButton.setText(QCoreApplication.translate("TrainingNoteForm", u"Add note", None))
        pass
    # retranslateUi

