package kz.bagalau.org;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an edition by its code ("KZ-2025"), the same string processes and DMN tables see. */
@Converter(autoApply = true)
class EditionConverter implements AttributeConverter<Edition, String> {

    @Override
    public String convertToDatabaseColumn(Edition edition) {
        return edition == null ? null : edition.code();
    }

    @Override
    public Edition convertToEntityAttribute(String code) {
        return code == null ? null : Edition.fromCode(code);
    }
}
